import { pool } from '../db';
import type { UserRow } from './user.repository';

/** One SELECT per id, taking the first row: the fix loads them all with `= ANY($1)` before the loop. */
export async function userEmails(ids: number[]): Promise<string[]> {
  const emails: string[] = [];
  for (const id of ids) {
    const user = (await pool.query<UserRow>('SELECT id, email, name FROM users WHERE id = $1', [id])).rows[0]; // expect: query-in-loop
    if (user) emails.push(user.email);
  }
  return emails;
}

/** The destructured form, by a unique column. */
export async function userNames(emails: string[]): Promise<string[]> {
  const names: string[] = [];
  for (const email of emails) {
    const { rows: [user] } = await pool.query<UserRow>('SELECT * FROM users WHERE email = $1', [email]); // expect: query-in-loop
    names.push(user ? user.name : email);
  }
  return names;
}

/** The key column is not selected: the Map could not be keyed by it, so no fix. */
export async function userNamesOnly(ids: number[]): Promise<string[]> {
  const names: string[] = [];
  for (const id of ids) {
    const user = (await pool.query<{ name: string }>('SELECT name FROM users WHERE id = $1', [id])).rows[0]; // expect: query-in-loop
    names.push(user ? user.name : '');
  }
  return names;
}
