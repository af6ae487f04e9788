import type { User } from '../types';

export const USERS_URL = process.env.USERS_URL ?? 'http://users.internal';

/** One user from the users service. */
export async function fetchUser(id: string): Promise<User | null> {
  const response = await fetch(`${USERS_URL}/users/${id}`);
  if (response.status === 404) return null;
  return (await response.json()) as User;
}

/** Many users in one request: the batch endpoint the loader uses. */
export async function fetchUsers(ids: readonly string[]): Promise<User[]> {
  const response = await fetch(`${USERS_URL}/users?ids=${ids.map(encodeURIComponent).join(',')}`); // ok: query-in-loop -- one request for all ids
  return (await response.json()) as User[];
}
