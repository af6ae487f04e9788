import { eq } from 'drizzle-orm';
import { db } from '../db';
import { OrderRepository } from '../repositories/order-repository';
import { products, stock } from '../schema';

/** Walks every order with a keyset cursor, 500 at a time. */
export async function reindexOrders(index: (ids: string[]) => Promise<void>): Promise<void> {
  const orders = new OrderRepository(db);
  let afterId = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await orders.nextBatch(afterId);
    if (batch.length === 0) break;
    await index(batch.map((order) => order.id));
    afterId = batch[batch.length - 1].id;
  }
}

export async function exportCatalog(): Promise<Array<{ id: string; name: string }>> {
  return db.select({ id: products.id, name: products.name }).from(products); // expect: unbounded-query
}

export async function stockRows(productId: string) {
  return db.select().from(stock).where(eq(stock.productId, productId)); // expect: unbounded-query
}

export async function purgeEmptyStock(): Promise<void> {
  await db.delete(stock).where(eq(stock.quantity, 0)); // ok: unbounded-query -- a write
}
