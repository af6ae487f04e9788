import type { ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { pool } from '../db';
import { DECREMENT_STOCK, SELECT_PRODUCT } from '../queries';
import { findProduct, findProducts, ProductRow } from '../repositories/product.repository';

export interface CartLine {
  productId: number;
  quantity: number;
}

export async function priceCart(lines: CartLine[]) {
  let total = 0;
  for (const line of lines) {
    const [rows] = await pool.query<ProductRow[]>('SELECT price_cents FROM products WHERE id = ?', [line.productId]); // expect: query-in-loop
    total += (rows[0]?.price_cents ?? 0) * line.quantity;
  }
  return total;
}

export async function priceCartBatched(lines: CartLine[]) {
  const [rows] = await pool.query<ProductRow[]>('SELECT id, price_cents FROM products WHERE id IN (?)', [lines.map((line) => line.productId)]); // ok: query-in-loop -- one IN (?) query with an array
  const priceById = new Map(rows.map((row) => [row.id, row.price_cents]));
  return lines.reduce((sum, line) => sum + (priceById.get(line.productId) ?? 0) * line.quantity, 0); // ok: query-in-loop -- Map lookups, no I/O
}

export async function cartDetails(lines: CartLine[]) {
  return await Promise.all(lines.map((line) => pool.execute<ProductRow[]>(SELECT_PRODUCT, [line.productId]))); // expect: query-in-loop
}

export async function cartDetailsViaRepository(lines: CartLine[]) {
  const details = [];
  for (let i = 0; i < lines.length; i++) {
    details.push({ line: lines[i], product: await findProduct(lines[i].productId) }); // expect: query-in-loop
  }
  return details;
}

export async function cartDetailsBatched(lines: CartLine[]) {
  const products = await findProducts(lines.map((line) => line.productId)); // ok: query-in-loop -- one IN (?) query in the repository
  for (const product of products) {
    product.name = product.name.trim(); // ok: query-in-loop -- rows of one query, no I/O
  }
  return products;
}

export async function checkout(orderId: number, lines: CartLine[]) {
  const connection = await pool.getConnection();
  try {
    await connection.beginTransaction();
    for (const line of lines) {
      const [result] = await connection.execute<ResultSetHeader>(DECREMENT_STOCK, [line.quantity, line.productId, line.quantity]); // expect: query-in-loop
      if (result.affectedRows === 0) throw new Error(`product ${line.productId} is out of stock`);
    }
    await connection.query('INSERT INTO order_lines (order_id, product_id, quantity) VALUES ?', [lines.map((line) => [orderId, line.productId, line.quantity])]); // ok: query-in-loop -- one multi-row insert
    await connection.commit();
  } catch (error) {
    await connection.rollback();
    throw error;
  } finally {
    connection.release();
  }
}

export function touchProducts(ids: number[]) {
  ids.forEach((id) => {
    void pool.query(`UPDATE products SET viewed_at = NOW() WHERE id = ${Number(id)}`); // expect: query-in-loop
  });
}

export async function stockReport() {
  const report: Record<string, number> = {};
  for (const warehouse of ['north', 'south', 'east']) {
    const [rows] = await pool.query<RowDataPacket[]>('SELECT SUM(stock) AS stock FROM inventory WHERE warehouse = ?', [warehouse]); // ok: query-in-loop -- three fixed warehouses
    report[warehouse] = Number(rows[0].stock);
  }
  return report;
}

export async function reserve(productId: number, quantity: number) {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const [result] = await pool.execute<ResultSetHeader>(DECREMENT_STOCK, [quantity, productId, quantity]); // ok: query-in-loop -- retry with a small fixed bound
      return result.affectedRows === 1;
    } catch (error) {
      if ((error as { code?: string }).code !== 'ER_LOCK_DEADLOCK') throw error;
    }
  }
  return false;
}
