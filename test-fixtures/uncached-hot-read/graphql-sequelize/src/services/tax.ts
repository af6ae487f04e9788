import { TaxRate } from '../models';

/** Two calls below Query.invoicePreview, in a third file. */
export async function rateFor(region: string): Promise<number> {
  const rates = await TaxRate.findAll(); // expect: uncached-hot-read
  return rates.find((rate) => rate.region === region)?.rate ?? 0;
}
