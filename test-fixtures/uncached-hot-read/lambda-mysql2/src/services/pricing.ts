import { defaultTaxRate } from '../lib/rates';

export async function grossTotal(net: number): Promise<number> {
  return Math.round(net * (1 + (await defaultTaxRate())));
}
