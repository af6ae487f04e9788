import { db } from '../db';
import type { User } from '../database';
import { chunk } from '../lib/util';

/** Offset pagination: each page starts where the previous one ended. */
export async function exportUsers(write: (row: User) => void): Promise<number> {
  let offset = 0;
  for (;;) {
    const rows = await db.selectFrom('users').selectAll().orderBy('id').limit(500).offset(offset).execute(); // ok: query-in-loop -- offset pagination
    if (rows.length === 0) break;
    rows.forEach((row) => write(row)); // ok: query-in-loop -- rows of one page, no I/O
    offset += rows.length;
  }
  return offset;
}

/** Streams the whole table through one cursor. */
export async function exportPosts(write: (line: string) => void): Promise<void> {
  for await (const post of db.selectFrom('posts').select(['id', 'title']).stream(500)) { // ok: query-in-loop -- one streamed query
    write(`${post.id}\t${post.title}`);
  }
}

/** One delete per post id, draining a queue. */
export async function purgePosts(postIds: string[]): Promise<void> {
  const queue = [...postIds];
  while (queue.length) {
    const id = queue.pop()!;
    await db.deleteFrom('comments').where('post_id', '=', id).execute(); // expect: query-in-loop
  }
}

export async function purgePostsBatched(postIds: string[]): Promise<void> {
  for (const ids of chunk(postIds, 1000)) {
    await db.deleteFrom('comments').where('post_id', 'in', ids).execute(); // ok: query-in-loop -- chunked in-list delete
  }
}

export async function commentCounts(postIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  let i = 0;
  do {
    const row = await db // expect: query-in-loop
      .selectFrom('comments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('post_id', '=', postIds[i])
      .executeTakeFirstOrThrow();
    counts.set(postIds[i], Number(row.n));
    i++;
  } while (i < postIds.length);
  return counts;
}

/** The query runs once, in the iterable. */
export async function authorsReport(): Promise<string[]> {
  const lines: string[] = [];
  for (const author of await db.selectFrom('users').selectAll().where('role', '=', 'author').limit(1000).execute()) { // ok: query-in-loop -- query in the iterable, runs once
    lines.push(`${author.email}: ${author.name ?? '-'}`);
  }
  return lines;
}

/** Two count queries per author, all in parallel. */
export async function authorActivity(authorIds: string[]) {
  return Promise.all(
    authorIds.flatMap((authorId) => [
      db.selectFrom('posts').select((eb) => eb.fn.countAll<number>().as('n')).where('author_id', '=', authorId).executeTakeFirst(), // expect: query-in-loop
      db.selectFrom('comments').select((eb) => eb.fn.countAll<number>().as('n')).where('author_id', '=', authorId).executeTakeFirst(), // expect: query-in-loop
    ]),
  );
}

/** Unpublishes posts one author after the other, chaining promises through reduce. */
export async function unpublish(authorIds: string[]): Promise<void> {
  await authorIds.reduce(async (previous, authorId) => {
    await previous;
    await db.updateTable('posts').set({ published: false }).where('author_id', '=', authorId).execute(); // expect: query-in-loop
  }, Promise.resolve());
}

/** Comment counts for many posts in one grouped query. */
export async function commentCountsBatched(postIds: string[]): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('comments')
    .select((eb) => ['post_id', eb.fn.countAll<number>().as('n')])
    .where('post_id', 'in', postIds) // ok: query-in-loop -- one in-list query
    .groupBy('post_id')
    .execute();
  return new Map(rows.map((row) => [row.post_id, Number(row.n)])); // ok: query-in-loop -- mapping loaded rows
}
