import { db } from '../db';
import type { OrderRow } from '../types';

/** Nightly export: streams the orders table row by row. */
export async function exportOrders(write: (line: string) => void): Promise<void> {
  const stream = db<OrderRow>('orders').where({ status: 'paid' }).select('id', 'total_cents').stream(); // ok: unbounded-query -- stream, one row at a time
  for await (const row of stream) {
    write(`${row.id},${row.total_cents}\n`);
  }
}

export async function ordersOfDay(day: Date) {
  const next = new Date(day.getTime() + 86_400_000);
  return db<OrderRow>('orders').whereBetween('created_at', [day, next]).orderBy('created_at'); // expect: unbounded-query
}
