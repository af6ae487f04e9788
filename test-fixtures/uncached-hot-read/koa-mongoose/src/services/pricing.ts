import { Setting } from '../models/setting';

const VAT_KEY = 'vat-rate';

/** Two calls below the checkout handler, in a third file. */
export async function vatRate(): Promise<number> {
  const row = await Setting.findOne({ key: VAT_KEY }).lean(); // expect: uncached-hot-read
  return Number(row?.value ?? '0.2');
}
