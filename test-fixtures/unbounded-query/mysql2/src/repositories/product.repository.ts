import type { RowDataPacket } from 'mysql2/promise';
import { pool } from '../db';

export interface ProductRow extends RowDataPacket {
  id: number;
  sku: string;
  name: string;
  category_id: number;
  price_cents: number;
}

const PRODUCT_COLUMNS = 'id, sku, name, category_id, price_cents';

export async function productById(id: number): Promise<ProductRow | undefined> {
  const [rows] = await pool.query<ProductRow[]>('SELECT id, sku, name, category_id, price_cents FROM products WHERE id = ?', [id]); // ok: unbounded-query -- primary key lookup
  return rows[0];
}

/** Every product of a category. */
export async function productsInCategory(categoryId: number): Promise<ProductRow[]> {
  const [rows] = await pool.query<ProductRow[]>('SELECT id, sku, name, category_id, price_cents FROM products WHERE category_id = ? ORDER BY name', [categoryId]); // expect: unbounded-query
  return rows;
}

export async function categoryPage(categoryId: number, size: number, offset: number): Promise<ProductRow[]> {
  const [rows] = await pool.execute<ProductRow[]>(`SELECT ${PRODUCT_COLUMNS} FROM products WHERE category_id = ? ORDER BY name LIMIT ? OFFSET ?`, [categoryId, size, offset]); // ok: unbounded-query -- LIMIT ?
  return rows;
}

export async function productsByIds(ids: number[]): Promise<ProductRow[]> {
  const [rows] = await pool.query<ProductRow[]>(`SELECT ${PRODUCT_COLUMNS} FROM products WHERE id IN (?)`, [ids]); // ok: unbounded-query -- bounded by the input id list
  return rows;
}

export async function featuredProducts(): Promise<ProductRow[]> {
  // a subquery is not an input list
  const [rows] = await pool.query<ProductRow[]>(`SELECT ${PRODUCT_COLUMNS} FROM products WHERE id IN (SELECT product_id FROM featured_products)`); // expect: unbounded-query
  return rows;
}

export async function similarProducts(id: number, categoryId: number): Promise<ProductRow[]> {
  // id <> ? is not a key lookup: everything else in the category comes back
  const [rows] = await pool.query<ProductRow[]>(`SELECT ${PRODUCT_COLUMNS} FROM products WHERE category_id = ? AND id <> ?`, [categoryId, id]); // expect: unbounded-query
  return rows;
}

export async function countInCategory(categoryId: number): Promise<number> {
  const [rows] = await pool.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM products WHERE category_id = ?', [categoryId]); // ok: unbounded-query -- aggregate count
  return Number(rows[0].n);
}
