import { db } from '../db';

/** Streams every order through a server-side cursor instead of loading them all. */
export async function reindexOrders(index: (id: string) => Promise<void>): Promise<void> {
  for await (const order of db.selectFrom('orders').select('id').orderBy('id').stream(500)) { // ok: unbounded-query -- streamed with a cursor, 500 rows at a time
    await index(order.id);
  }
}

export async function exportCatalog() {
  return db.selectFrom('products').select(['id', 'name', 'price']).orderBy('name').execute(); // expect: unbounded-query
}

export async function stockRows(productId: string) {
  return db.selectFrom('stock').selectAll().where('product_id', '=', productId).execute(); // expect: unbounded-query
}

export async function purgeEmptyStock(): Promise<void> {
  await db.deleteFrom('stock').where('quantity', '=', 0).execute(); // ok: unbounded-query -- a write
}
