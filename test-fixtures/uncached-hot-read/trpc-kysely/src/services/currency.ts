import { db } from '../db';

const BASE_CURRENCY = 'EUR';

/** Two calls below billing.invoices, in a third file. */
export async function baseCurrency(): Promise<{ code: string; symbol: string }> {
  return db.selectFrom('currencies').select(['code', 'symbol']).where('code', '=', BASE_CURRENCY).executeTakeFirstOrThrow(); // expect: uncached-hot-read
}

export async function rateOf(code: string): Promise<number> {
  const row = await db.selectFrom('currencies').select('rate').where('code', '=', code).executeTakeFirst(); // ok: uncached-hot-read -- depends on the request
  return row?.rate ?? 1;
}
