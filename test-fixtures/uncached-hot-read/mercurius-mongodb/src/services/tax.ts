import { taxRates } from '../mongo';

/** Two calls below Query.invoicePreview, in a third file. */
export async function activeRates(): Promise<Map<string, number>> {
  const rows = await taxRates.find({ active: true }).toArray(); // expect: uncached-hot-read
  return new Map(rows.map((row) => [row.region, row.rate]));
}
