import { db } from '../db';
import { taxRates } from '../db/schema';

/** Two calls below POST /api/checkout, in a third file. */
export async function taxRateFor(region: string): Promise<number> {
  const rows = await db.select().from(taxRates); // expect: uncached-hot-read
  return Number(rows.find((row) => row.region === region)?.rate ?? 0);
}
