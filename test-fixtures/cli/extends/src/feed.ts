import axios from 'axios';

export async function avatars(userIds: string[]) {
  return Promise.all(userIds.map((id) => axios.get(`https://avatars.internal/${id}`)));
}
