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
