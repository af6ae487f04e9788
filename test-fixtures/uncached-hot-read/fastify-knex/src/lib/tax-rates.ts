import { db } from '../db';

export interface TaxRate {
  region: string;
  rate: number;
}

/** Two calls below the invoice handler. */
export async function taxRates(): Promise<Map<string, number>> {
  const rows: TaxRate[] = await db('tax_rates').select('region', 'rate'); // expect: uncached-hot-read
  return new Map(rows.map((row) => [row.region, row.rate]));
}
