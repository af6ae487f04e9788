import { db } from '../db';
import { baseCurrency, rateOf } from './currency';

export async function invoicesFor(userId: string, currency: string) {
  const rows = await db.selectFrom('invoices').selectAll().where('user_id', '=', userId).limit(50).execute(); // ok: uncached-hot-read -- depends on the request
  const [base, rate] = await Promise.all([baseCurrency(), rateOf(currency)]);
  return rows.map((row) => ({ ...row, amount: row.amount * rate, base: base.code }));
}
