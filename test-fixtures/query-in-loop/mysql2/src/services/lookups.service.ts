import type { RowDataPacket } from 'mysql2/promise';
import { pool } from '../db';
import type { ProductRow } from '../repositories/product.repository';

interface CustomerRow extends RowDataPacket {
  id: number;
  email: string;
  name: string;
}

/** One SELECT per id, the first row destructured: the fix loads them all with `IN (?)` before the loop. */
export async function productNames(ids: number[]): Promise<string[]> {
  const names: string[] = [];
  for (const id of ids) {
    const [[product]] = await pool.query<ProductRow[]>('SELECT id, name FROM products WHERE id = ?', [id]); // expect: query-in-loop
    if (product) names.push(product.name);
  }
  return names;
}

/** An index loop by a unique string column, the first row read by index. */
export async function customerNames(emails: string[]): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < emails.length; i++) {
    const customer = (await pool.query<CustomerRow[]>('SELECT * FROM customers c WHERE c.email = ?', [emails[i]]))[0][0]; // expect: query-in-loop
    names.push(customer?.name ?? emails[i]);
  }
  return names;
}

/** Parallel lookups, the first row of each: the fix loads them all before the statement. */
export async function productsInParallel(ids: number[]): Promise<Array<ProductRow | undefined>> {
  const products = await Promise.all(ids.map(async (id) => (await pool.query<ProductRow[]>('SELECT * FROM products WHERE id = ?', [id]))[0][0])); // expect: query-in-loop
  return products;
}

/** The fields, not the rows: no fix. */
export async function productFields(ids: number[]): Promise<unknown[]> {
  return await Promise.all(ids.map(async (id) => (await pool.query<ProductRow[]>('SELECT * FROM products WHERE id = ?', [id]))[1][0])); // expect: query-in-loop
}

/** `execute` is a prepared statement: it does not expand an array for `IN (?)`, so no fix. */
export async function productNamesPrepared(ids: number[]): Promise<string[]> {
  const names: string[] = [];
  for (const id of ids) {
    const [[product]] = await pool.execute<ProductRow[]>('SELECT id, name FROM products WHERE id = ?', [id]); // expect: query-in-loop
    if (product) names.push(product.name);
  }
  return names;
}

/** The rows kept as a list and read later: rewritten by hand. */
export async function productStock(ids: number[]): Promise<number> {
  let total = 0;
  for (const id of ids) {
    const [rows] = await pool.query<ProductRow[]>('SELECT id, stock FROM products WHERE id = ?', [id]); // expect: query-in-loop
    total += rows[0]?.stock ?? 0;
  }
  return total;
}

/** Untyped rows: a Map keyed by `row.id` may not find what MySQL matched, so no fix. */
export async function productSkus(ids: number[]): Promise<unknown[]> {
  const skus: unknown[] = [];
  for (const id of ids) {
    const [[row]] = await pool.query<RowDataPacket[]>('SELECT id, sku FROM products WHERE id = ?', [id]); // expect: query-in-loop
    skus.push(row?.sku);
  }
  return skus;
}

/** A second condition: not the plain shape, no fix. */
export async function inStock(ids: number[]): Promise<ProductRow[]> {
  const found: ProductRow[] = [];
  for (const id of ids) {
    const [[product]] = await pool.query<ProductRow[]>('SELECT * FROM products WHERE stock > 0 AND id = ?', [id]); // expect: query-in-loop
    if (product) found.push(product);
  }
  return found;
}

/** The key is a string, the column a number: the Map would find nothing, so no fix. */
export async function productsByTextId(ids: string[]): Promise<ProductRow[]> {
  const found: ProductRow[] = [];
  for (const id of ids) {
    const [[product]] = await pool.query<ProductRow[]>('SELECT * FROM products WHERE id = ?', [id]); // expect: query-in-loop
    if (product) found.push(product);
  }
  return found;
}

/** The loop writes: a lookup moved before it would miss the earlier updates, so no fix. */
export async function reserve(ids: number[]): Promise<void> {
  for (const id of ids) {
    const [[product]] = await pool.query<ProductRow[]>('SELECT * FROM products WHERE id = ?', [id]); // expect: query-in-loop
    if (product && product.stock > 0) await pool.query('UPDATE products SET stock = stock - 1 WHERE id = ?', [id]); // expect: query-in-loop
  }
}
