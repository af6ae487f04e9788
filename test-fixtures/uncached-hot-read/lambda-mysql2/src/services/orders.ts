import type { ResultSetHeader } from 'mysql2/promise';
import { pool, type OrderRow } from '../db';
import { grossTotal } from './pricing';

export async function createOrder(userId: string, net: number): Promise<number> {
  const total = await grossTotal(net);
  const [result] = await pool.execute<ResultSetHeader>('INSERT INTO orders (user_id, total, region) VALUES (?, ?, ?)', [userId, total, 'EU']); // ok: uncached-hot-read -- a write
  return result.insertId;
}

export async function findOrder(id: string): Promise<OrderRow | undefined> {
  const [rows] = await pool.execute<OrderRow[]>('SELECT id, user_id, total, region FROM orders WHERE id = ?', [id]);
  return rows[0];
}

/** Loads the order again to compare its owner. */
export async function assertOwner(id: string, userId: string): Promise<void> {
  const [rows] = await pool.execute<OrderRow[]>('SELECT id, user_id, total, region FROM orders WHERE id = ?', [id]); // ok: uncached-hot-read -- the repeat is reported where the handler calls assertOwner
  if (rows[0]?.user_id !== userId) throw new Error('forbidden');
}
