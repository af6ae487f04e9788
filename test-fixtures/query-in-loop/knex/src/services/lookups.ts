import { db } from '../db';
import type { OrderItemRow, ProductRow, UserRow } from '../types';

/** One SELECT per line: the fix loads every product with `whereIn` before the loop. */
export async function lineTotals(lines: OrderItemRow[]): Promise<number[]> {
  const totals: number[] = [];
  for (const line of lines) {
    const product = await db<ProductRow>('products').where({ id: line.product_id }).first(); // expect: query-in-loop
    totals.push(product ? product.price * line.quantity : 0);
  }
  return totals;
}

/** The column and value form of the same lookup. */
export async function userNames(emails: string[]): Promise<string[]> {
  const names: string[] = [];
  for (const email of emails) {
    const user = await db<UserRow>('users').where('email', email).first(); // expect: query-in-loop
    names.push(user?.name ?? email);
  }
  return names;
}

/** Untyped rows: the Map key's type is unknown, so no fix. */
export async function roles(ids: string[]): Promise<string[]> {
  const result: string[] = [];
  for (const id of ids) {
    const user = await db('users').where({ id }).first(); // expect: query-in-loop
    result.push(user ? String(user.role) : 'none');
  }
  return result;
}
