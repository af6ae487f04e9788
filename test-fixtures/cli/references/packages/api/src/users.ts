import { Pool } from 'pg';

const pool = new Pool();

export async function namesOf(ids: number[]) {
  const names: string[] = [];
  for (const id of ids) {
    const { rows } = await pool.query('SELECT name FROM users WHERE id = $1', [id]);
    names.push(rows[0].name);
  }
  return names;
}
