import type { Pool } from 'pg';

export interface AccountRow {
  id: number;
  email: string;
  region: string;
  credit_limit: number;
}

export class AccountRepository {
  constructor(private readonly db: Pool) {}

  async inRegion(region: string): Promise<AccountRow[]> {
    // credit_limit is a column, not a LIMIT clause
    const { rows } = await this.db.query<AccountRow>('SELECT id, email, region, credit_limit FROM accounts WHERE region = $1', [region]); // expect: unbounded-query
    return rows;
  }

  async topCredit(): Promise<AccountRow[]> {
    const { rows } = await this.db.query<AccountRow>('SELECT id, email, region, credit_limit FROM accounts ORDER BY credit_limit DESC FETCH FIRST 50 ROWS ONLY'); // ok: unbounded-query -- FETCH FIRST bounds it
    return rows;
  }

  async search(term: string): Promise<AccountRow[]> {
    const { rows } = await this.db.query<AccountRow>({ // expect: unbounded-query
      text: 'select id, email, region, credit_limit from accounts where email ilike $1 order by email',
      values: [`%${term}%`],
    });
    return rows;
  }

  async setCreditLimit(id: number, cents: number): Promise<void> {
    await this.db.query('UPDATE accounts SET credit_limit = $2 WHERE id = $1', [id, cents]); // ok: unbounded-query -- update
  }

  async removeInactive(before: Date): Promise<number> {
    const result = await this.db.query('DELETE FROM accounts WHERE last_seen_at < $1', [before]); // ok: unbounded-query -- delete
    return result.rowCount ?? 0;
  }
}

/** A dedicated session for an advisory lock: SELECTs with no table return one row. */
export async function withAdvisoryLock<T>(db: Pool, key: number, work: () => Promise<T>): Promise<T> {
  const client = await db.connect();
  try {
    await client.query(`SELECT set_config('lock_timeout', $1, false)`, ['10s']); // ok: unbounded-query -- no FROM: one row
    await client.query('SELECT pg_advisory_lock($1)', [key]); // ok: unbounded-query -- no FROM: one row
    return await work();
  } finally {
    client.release();
  }
}
