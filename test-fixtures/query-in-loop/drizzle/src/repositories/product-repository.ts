import { eq, inArray, sum } from 'drizzle-orm';
import { db } from '../db';
import { products, stock } from '../schema';

export function findProduct(id: string) {
  return db.query.products.findFirst({ where: eq(products.id, id) });
}

export function findProducts(ids: string[]) {
  return db.query.products.findMany({ where: inArray(products.id, ids) });
}

export async function stockOf(productId: string): Promise<number> {
  const [row] = await db.select({ total: sum(stock.quantity) }).from(stock).where(eq(stock.productId, productId));
  return Number(row?.total ?? 0);
}
