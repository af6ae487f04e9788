import type { TransactionSql } from 'postgres';
import { PAGE_SIZE, RECENT_ORDERS, sql } from '../db';

export interface OrderRow {
  id: number;
  customer_id: number;
  total_cents: number;
}

export async function ordersOfCustomer(customerId: number) {
  return await sql<OrderRow[]>`SELECT id, customer_id, total_cents FROM orders WHERE customer_id = ${customerId} ORDER BY id`; // expect: unbounded-query
}

export async function ordersPage(customerId: number, after: number) {
  return await sql<OrderRow[]>`SELECT id, customer_id, total_cents FROM orders WHERE customer_id = ${customerId} AND id > ${after} ORDER BY id LIMIT ${PAGE_SIZE}`; // ok: unbounded-query -- LIMIT
}

export async function order(id: number) {
  const [row] = await sql<OrderRow[]>`SELECT id, customer_id, total_cents FROM orders WHERE id = ${id}`; // ok: unbounded-query -- lookup by primary key
  return row;
}

export async function ordersByIds(ids: number[]) {
  return await sql<OrderRow[]>`SELECT id, customer_id, total_cents FROM orders WHERE id IN ${sql(ids)}`; // ok: unbounded-query -- bounded by the input list
}

export async function revenueByCustomer() {
  return await sql`SELECT customer_id, SUM(total_cents) AS revenue FROM orders GROUP BY customer_id`; // ok: unbounded-query -- aggregate per group
}

export async function recentOrders() {
  return await sql.unsafe(RECENT_ORDERS); // expect: unbounded-query
}

export async function markShipped(id: number) {
  await sql`UPDATE orders SET status = 'shipped' WHERE id = ${id}`; // ok: unbounded-query -- update
}

/** Inside a transaction, the callback's `tx` is the same kind of client. */
export async function refundAll(customerId: number) {
  return sql.begin(async (tx: TransactionSql) => {
    const open = await tx<OrderRow[]>`SELECT id, customer_id, total_cents FROM orders WHERE customer_id = ${customerId} AND status = 'paid'`; // expect: unbounded-query
    await tx`UPDATE orders SET status = 'refunded' WHERE id IN ${tx(open.map((o) => o.id))}`; // ok: unbounded-query -- update
    return open.length;
  });
}

/** Every row, streamed in batches of 500: a cursor, not one result. */
export async function exportAll(write: (rows: OrderRow[]) => Promise<void>) {
  await sql<OrderRow[]>`SELECT id, customer_id, total_cents FROM orders`.cursor(500, write); // ok: unbounded-query -- cursor iteration
}
