import type { RowDataPacket } from 'mysql2/promise';
import { pool } from '../db';
import { SELECT_PRODUCT, SELECT_PRODUCTS } from '../queries';

export interface ProductRow extends RowDataPacket {
  id: number;
  sku: string;
  name: string;
  price_cents: number;
  stock: number;
}

export async function findProduct(id: number) {
  const [rows] = await pool.execute<ProductRow[]>(SELECT_PRODUCT, [id]);
  return rows[0];
}

export async function findProducts(ids: number[]) {
  if (ids.length === 0) return [];
  const [rows] = await pool.query<ProductRow[]>(SELECT_PRODUCTS, [ids]);
  return rows;
}
