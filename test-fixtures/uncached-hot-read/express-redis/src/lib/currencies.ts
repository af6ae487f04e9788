import { pool } from '../clients';

/** Two calls below GET /prices, in a third file: no cache in front of it. */
export async function currencyTable(): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ code: string; rate: number }>('SELECT code, rate FROM currencies'); // expect: uncached-hot-read
  return new Map(rows.map((row) => [row.code, row.rate]));
}
