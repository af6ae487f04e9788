import { prisma } from '../db';
import { OrderRepository } from '../repositories/order-repository';

/** Walks every order in pages of 500 with a cursor. */
export async function reindexOrders(index: (ids: string[]) => Promise<void>): Promise<void> {
  let cursor: string | undefined;
  for (;;) {
    const batch = await prisma.order.findMany({ take: 500, orderBy: { id: 'asc' }, ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}) }); // ok: unbounded-query -- cursor iteration in pages of 500
    if (batch.length === 0) break;
    await index(batch.map((order) => order.id));
    cursor = batch[batch.length - 1].id;
  }
}

export async function repriceCatalog(): Promise<void> {
  const products = await prisma.product.findMany({ where: { price: { gt: 0 } }, orderBy: { name: 'asc' } }); // expect: unbounded-query
  console.log(`repricing ${products.length} products`);
}

/** Settings is a small reference table, allow-listed in hotpath.json. */
export async function loadSettings(): Promise<Map<string, string>> {
  const rows = await prisma.setting.findMany(); // ok: unbounded-query -- Setting is allow-listed in hotpath.json
  return new Map(rows.map((row) => [row.key, row.value]));
}

export async function publishedTitles() {
  return prisma.$queryRaw<Array<{ id: string; title: string }>>`SELECT id, title FROM "Post" WHERE published = true`; // expect: unbounded-query
}

export async function latestTitles() {
  return prisma.$queryRaw<Array<{ id: string; title: string }>>`SELECT id, title FROM "Post" ORDER BY "createdAt" DESC LIMIT 20`; // ok: unbounded-query -- LIMIT 20
}

export async function orderCount(): Promise<number> {
  const [row] = await prisma.$queryRaw<Array<{ total: bigint }>>`SELECT count(*) AS total FROM "Order"`; // ok: unbounded-query -- aggregate without GROUP BY: one row
  return Number(row.total);
}

export async function purgeEmptyStock(): Promise<number> {
  const { count } = await prisma.stock.deleteMany({ where: { quantity: 0 } }); // ok: unbounded-query -- a write
  return count;
}

export async function exportCancelled(from: number) {
  return new OrderRepository(prisma).exportByStatus('CANCELLED', from);
}
