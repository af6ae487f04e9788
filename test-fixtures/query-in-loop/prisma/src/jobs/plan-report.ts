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
