// Near misses found on real code (ghostfolio): loops whose size does not grow with the data.
import { Plan, PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

enum Region {
  Europe = 'eu',
  America = 'us',
  Asia = 'ap',
}

/** One count per plan: the enum has three values, whatever the number of users. */
export async function usersPerPlan() {
  return Promise.all(
    Object.values(Plan).map((plan) => prisma.user.count({ where: { plan } })), // ok: query-in-loop -- iterates a fixed enum
  );
}

/** The same over a local enum. */
export async function postsPerRegion() {
  const counts: Record<string, number> = {};
  for (const region of Object.values(Region)) {
    counts[region] = await prisma.post.count({ where: { title: { startsWith: region } } }); // ok: query-in-loop -- iterates a fixed enum
  }
  return counts;
}

/** Page-by-page reading of one large list: each round trip is a page of 10,000 rows. */
export async function allStockRows() {
  const total = await prisma.stock.count();
  const rows = [];
  for (let offset = 0; offset < total; offset += 10_000) {
    rows.push(...(await prisma.stock.findMany({ orderBy: { id: 'asc' }, skip: offset, take: 10_000 }))); // ok: query-in-loop -- pagination: the counter is the page offset
  }
  return rows;
}

/** Walking a list of ids by index is still one query per id. */
export async function namesByIndex(ids: string[]) {
  const names: Array<string | null> = [];
  for (let i = 0; i < ids.length; i++) {
    const user = await prisma.user.findUnique({ where: { id: ids[i] } }); // expect: query-in-loop
    names.push(user?.name ?? null);
  }
  return names;
}

/** A seed script (node-express-realworld): twelve generated users, a constant, not data. */
export async function seed() {
  const users = await Promise.all(Array.from({ length: 12 }, (_, i) => prisma.user.create({ data: { email: `demo${i}@example.com` } }))); // ok: query-in-loop -- twelve, fixed in the code
  for (const user of users) {
    await prisma.post.create({ data: { title: 'Hello', authorId: user.id } }); // ok: query-in-loop -- iterates the twelve seeded users
  }
}

/** A list that starts empty and is filled from data is not fixed-size (ghostfolio current-rate). */
export async function fallbackPrices(quotes: Array<{ productId: string; price?: number }>) {
  const missing: Array<{ productId: string }> = [];
  for (const quote of quotes) if (quote.price === undefined) missing.push(quote);
  for (const { productId } of missing) {
    await prisma.stock.findFirst({ where: { productId }, orderBy: { id: 'desc' } }); // expect: query-in-loop
  }
}
