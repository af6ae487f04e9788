import { db } from '../db';
import type { ProductRow, StockRow } from '../types';

export async function findProduct(id: string): Promise<ProductRow | undefined> {
  return db<ProductRow>('products').where('id', id).first();
}

export async function findProducts(ids: string[]): Promise<ProductRow[]> {
  return db<ProductRow>('products').whereIn('id', ids).select('id', 'name', 'price');
}

export async function stockOf(productId: string): Promise<number> {
  const row = await db<StockRow>('stock').where({ product_id: productId }).sum({ total: 'quantity' }).first();
  return Number(row?.total ?? 0);
}
