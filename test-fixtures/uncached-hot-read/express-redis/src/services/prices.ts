import { currencyTable } from '../lib/currencies';
import { plans } from '../lib/cached-queries';

export async function pricesIn(currency: string): Promise<Array<{ code: string; price: number }>> {
  const [list, rates] = await Promise.all([plans(), currencyTable()]);
  const rate = rates.get(currency) ?? 1;
  return list.map((plan) => ({ code: plan.code, price: Math.round(plan.price * rate) }));
}
