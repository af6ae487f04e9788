import axios from 'axios';

export async function outsideTheProgram(ids: string[]) {
  for (const id of ids) await axios.get(`/x/${id}`);
}
