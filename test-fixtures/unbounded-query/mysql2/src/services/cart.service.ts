import type { ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { pool } from '../db';

export async function checkout(cartId: number, userId: number): Promise<number> {
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    const [items] = await conn.query<RowDataPacket[]>('SELECT product_id, quantity, price_cents FROM cart_items WHERE cart_id = ?', [cartId]); // expect: unbounded-query
    const total = items.reduce((sum, item) => sum + item.quantity * item.price_cents, 0);
    const [order] = await conn.execute<ResultSetHeader>('INSERT INTO orders (user_id, total_cents) VALUES (?, ?)', [userId, total]); // ok: unbounded-query -- insert
    await conn.execute('UPDATE carts SET status = ? WHERE id = ?', ['checked_out', cartId]); // ok: unbounded-query -- update
    await conn.execute('DELETE FROM cart_items WHERE cart_id = ?', [cartId]); // ok: unbounded-query -- delete
    await conn.commit();
    return order.insertId;
  } catch (error) {
    await conn.rollback();
    throw error;
  } finally {
    conn.release();
  }
}

export async function salesByDay(since: Date) {
  const [rows] = await pool.query<RowDataPacket[]>('SELECT SUM(total_cents) AS cents FROM orders WHERE created_at >= ?', [since]); // ok: unbounded-query -- aggregate sum
  return Number(rows[0].cents ?? 0);
}
