import type { Post } from '@prisma/client';
import { prisma } from '../db';
import { chunk } from '../lib/util';

/** Deletes the comments of every post in the queue, one post at a time. */
export async function purgeComments(postIds: string[]): Promise<number> {
  const queue = [...postIds];
  let deleted = 0;
  while (queue.length > 0) {
    const postId = queue.shift()!;
    const result = await prisma.comment.deleteMany({ where: { postId } }); // expect: query-in-loop
    deleted += result.count;
  }
  return deleted;
}

/** One deleteMany per chunk of 1000 ids. */
export async function purgeCommentsBatched(postIds: string[]): Promise<void> {
  for (const ids of chunk(postIds, 1000)) {
    await prisma.comment.deleteMany({ where: { postId: { in: ids } } }); // ok: query-in-loop -- chunked in-list batch
  }
}

/** Walks every post with a cursor: each page depends on the last id of the previous one. */
export async function publishAll(): Promise<number> {
  let cursor: string | undefined;
  let published = 0;
  while (true) {
    const page: Post[] = await prisma.post.findMany({ // ok: query-in-loop -- cursor pagination
      where: { published: false },
      orderBy: { id: 'asc' },
      take: 500,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (page.length === 0) break;
    await prisma.post.updateMany({ where: { id: { in: page.map((post) => post.id) } }, data: { published: true } }); // ok: query-in-loop -- one in-list update per page
    published += page.length;
    cursor = page[page.length - 1].id;
  }
  return published;
}

/** Offset pagination with do...while. */
export async function exportOrders(write: (line: string) => void): Promise<void> {
  const pageSize = 200;
  let offset = 0;
  let fetched = 0;
  do {
    const orders = await prisma.order.findMany({ orderBy: { id: 'asc' }, skip: offset, take: pageSize }); // ok: query-in-loop -- offset pagination
    for (const order of orders) write(`${order.id},${order.status}`); // ok: query-in-loop -- iterating the rows of one page
    fetched = orders.length;
    offset += fetched;
  } while (fetched === pageSize);
}

/** Recounts the stock of each product row by row. */
export async function recountStock(productIds: string[]): Promise<void> {
  let index = 0;
  do {
    const rows = await prisma.stock.aggregate({ where: { productId: productIds[index] }, _sum: { quantity: true } }); // expect: query-in-loop
    console.log(productIds[index], rows._sum.quantity ?? 0);
    index++;
  } while (index < productIds.length);
}

/** The query runs once, in the iterable; the body only formats rows. */
export async function settingsSnapshot(): Promise<string[]> {
  const lines: string[] = [];
  for (const setting of await prisma.setting.findMany({ orderBy: { key: 'asc' }, take: 500 })) { // ok: query-in-loop -- query in the iterable, runs once
    lines.push(`${setting.key}=${setting.value}`);
  }
  return lines;
}

/** Comment counts for every post of every author: two queries per author, in parallel. */
export async function activity(authorIds: string[]): Promise<number[]> {
  return Promise.all(
    authorIds.flatMap((authorId) => [
      prisma.post.count({ where: { authorId } }), // expect: query-in-loop
      prisma.comment.count({ where: { authorId } }), // expect: query-in-loop
    ]),
  );
}

/** An async predicate: every element still triggers a count. */
export async function postsWithComments(posts: Post[]) {
  return posts.filter(async (post) => (await prisma.comment.count({ where: { postId: post.id } })) > 0); // expect: query-in-loop
}

/** Raw SQL, one statement per author. */
export async function postCounts(authorIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const authorId of authorIds) {
    const [row] = await prisma.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM "Post" WHERE "authorId" = ${authorId}`; // expect: query-in-loop
    counts.set(authorId, Number(row?.n ?? 0));
  }
  return counts;
}

/** Raw SQL with = ANY(...), one statement per chunk of 1000 authors. */
export async function postCountsBatched(authorIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const ids of chunk(authorIds, 1000)) {
    const rows = await prisma.$queryRaw<Array<{ authorId: string; n: bigint }>>`SELECT "authorId", count(*) AS n FROM "Post" WHERE "authorId" = ANY(${ids}) GROUP BY "authorId"`; // ok: query-in-loop -- chunked = ANY batch
    for (const row of rows) counts.set(row.authorId, Number(row.n));
  }
  return counts;
}
