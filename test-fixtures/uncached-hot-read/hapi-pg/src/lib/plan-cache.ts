import { pool, type Plan } from '../db';

const plansByCode = new Map<string, Plan | undefined>();

export async function planByCode(code: string): Promise<Plan | undefined> {
  if (plansByCode.has(code)) return plansByCode.get(code);
  const { rows } = await pool.query<Plan>('SELECT code, name, price FROM plans WHERE code = $1', [code]); // ok: uncached-hot-read -- module-level Map checked first
  plansByCode.set(code, rows[0]);
  return rows[0];
}

let lastRates: Array<{ region: string; rate: number }> = [];

/** Stores the rows but never looks at them before querying: not a cache. */
export async function currentTaxRates(): Promise<Array<{ region: string; rate: number }>> {
  const { rows } = await pool.query('SELECT region, rate FROM tax_rates'); // expect: uncached-hot-read
  lastRates = rows;
  return lastRates;
}
