import { asc, count, eq, gt, inArray, sql } from 'drizzle-orm';
import { db } from '../db';
import { chunk } from '../lib/util';
import { comments, posts, users, type Post, type User } from '../schema';

/** Keyset pagination: each page starts after the last id of the previous one. */
export async function exportUsers(write: (row: User) => void): Promise<number> {
  let lastId = '00000000-0000-0000-0000-000000000000';
  let exported = 0;
  while (true) {
    const rows = await db.select().from(users).where(gt(users.id, lastId)).orderBy(asc(users.id)).limit(500); // ok: query-in-loop -- keyset pagination
    if (rows.length === 0) break;
    rows.forEach((row) => write(row)); // ok: query-in-loop -- rows of one page, no I/O
    exported += rows.length;
    lastId = rows[rows.length - 1].id;
  }
  return exported;
}

/** One delete per post id, draining a queue. */
export async function purgePosts(postIds: string[]): Promise<void> {
  const queue = [...postIds];
  while (queue.length) {
    const id = queue.pop()!;
    await db.delete(comments).where(eq(comments.postId, id)); // expect: query-in-loop
  }
}

export async function purgePostsBatched(postIds: string[]): Promise<void> {
  for (const ids of chunk(postIds, 1000)) {
    await db.delete(comments).where(inArray(comments.postId, ids)); // ok: query-in-loop -- chunked inArray delete
  }
}

export async function commentCounts(postIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  let i = 0;
  do {
    const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${comments} where ${comments.postId} = ${postIds[i]}`); // expect: query-in-loop
    counts.set(postIds[i], result.rows[0]?.n ?? 0);
    i++;
  } while (i < postIds.length);
  return counts;
}

export async function commentCountsBatched(postIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const ids of chunk(postIds, 1000)) {
    const result = await db.execute<{ post_id: string; n: number }>( // ok: query-in-loop -- chunked in-list in raw SQL
      sql`select ${comments.postId} as post_id, count(*)::int as n from ${comments} where ${comments.postId} in ${ids} group by 1`,
    );
    for (const row of result.rows) counts.set(row.post_id, row.n);
  }
  return counts;
}

/** The query runs once, in the iterable. */
export async function authorsReport(): Promise<string[]> {
  const lines: string[] = [];
  for (const author of await db.select().from(users).where(eq(users.role, 'author')).limit(1000)) { // ok: query-in-loop -- query in the iterable, runs once
    lines.push(`${author.email}: ${author.name ?? '-'}`);
  }
  return lines;
}

/** Two count queries per author, all in parallel. */
export async function authorActivity(authorIds: string[]) {
  return Promise.all(
    authorIds.flatMap((authorId) => [
      db.select({ n: count() }).from(posts).where(eq(posts.authorId, authorId)), // expect: query-in-loop
      db.select({ n: count() }).from(comments).where(eq(comments.authorId, authorId)), // expect: query-in-loop
    ]),
  );
}

/** Unpublishes posts one author after the other, chaining promises through reduce. */
export async function unpublish(authorIds: string[]): Promise<void> {
  await authorIds.reduce(async (previous, authorId) => {
    await previous;
    await db.update(posts).set({ published: false }).where(eq(posts.authorId, authorId)); // expect: query-in-loop
  }, Promise.resolve());
}

export async function latestPosts(authorIds: string[]): Promise<Post[]> {
  return db.query.posts.findMany({ where: inArray(posts.authorId, authorIds), orderBy: (post, { desc }) => [desc(post.createdAt)], limit: 100 }); // ok: query-in-loop -- one inArray query
}
