import { db } from '../db';
import type { OrderRow } from '../types';

export async function refundCustomer(customerId: number): Promise<number> {
  return db.transaction(async (trx) => {
    const open = await trx<OrderRow>('orders').where({ customer_id: customerId, status: 'paid' }); // expect: unbounded-query
    await trx<OrderRow>('orders').whereIn('id', open.map((order) => order.id)).update({ status: 'refunded' }); // ok: unbounded-query -- write
    return open.length;
  });
}

export async function ordersOf(customerId: number) {
  return db.select('id', 'total_cents', 'created_at').from<OrderRow>('orders').where({ customer_id: customerId }); // expect: unbounded-query
}

export async function customersExcept(blocked: number[]) {
  // whereNotIn is not bounded by the list: everything else comes back
  return db('customers').whereNotIn('id', blocked).select('id', 'email'); // expect: unbounded-query
}

export async function revenue(since: Date) {
  return db<OrderRow>('orders').where('created_at', '>=', since).sum({ cents: 'total_cents' }); // ok: unbounded-query -- aggregate sum
}

export async function priceIn(currencyCode: string, cents: number) {
  const rates = await db('currencies').select('code', 'rate'); // ok: unbounded-query -- currencies is allow-listed in hotpath.json
  const rate = rates.find((row: { code: string; rate: number }) => row.code === currencyCode)?.rate ?? 1; // ok: unbounded-query -- Array.prototype.find on the rows
  return Math.round(cents * rate);
}

export async function countryOptions() {
  return db('countries').select('code', 'name').orderBy('name'); // ok: unbounded-query -- countries is allow-listed in hotpath.json
}
