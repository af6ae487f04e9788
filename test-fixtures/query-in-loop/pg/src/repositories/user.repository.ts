import { pool } from '../db';
import { SELECT_USER_BY_ID, SELECT_USERS_BY_IDS } from '../sql';

export interface UserRow {
  id: number;
  email: string;
  name: string;
}

export async function findUserById(id: number): Promise<UserRow | undefined> {
  const { rows } = await pool.query<UserRow>(SELECT_USER_BY_ID, [id]);
  return rows[0];
}

export async function findUsersByIds(ids: number[]): Promise<UserRow[]> {
  const { rows } = await pool.query<UserRow>(SELECT_USERS_BY_IDS, [ids]);
  return rows;
}
