import { createConnection } from 'mysql2/promise';
import type { RowDataPacket } from 'mysql2/promise';
import { connectionOptions, pool } from '../db';

export async function reserveStock(productId: number, quantity: number): Promise<boolean> {
  const connection = await createConnection(connectionOptions); // expect: unpooled-client
  try {
    await connection.beginTransaction();
    const [rows] = await connection.query<RowDataPacket[]>('SELECT stock FROM products WHERE id = ? FOR UPDATE', [productId]);
    if (!rows[0] || rows[0].stock < quantity) {
      await connection.rollback();
      return false;
    }
    await connection.query('UPDATE products SET stock = stock - ? WHERE id = ?', [quantity, productId]);
    await connection.commit();
    return true;
  } finally {
    await connection.end();
  }
}

export async function restock(productId: number, quantity: number): Promise<void> {
  const connection = await pool.getConnection(); // ok: unpooled-client -- checks a connection out of the shared pool, released below
  try {
    await connection.query('UPDATE products SET stock = stock + ? WHERE id = ?', [quantity, productId]);
  } finally {
    connection.release();
  }
}
