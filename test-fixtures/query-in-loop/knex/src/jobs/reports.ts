import { db } from '../db';
import { chunk } from '../lib/util';
import type { PostRow, UserRow } from '../types';

/** Offset pagination: each page starts where the previous one ended. */
export async function exportUsers(write: (row: UserRow) => void): Promise<number> {
  let offset = 0;
  for (;;) {
    const rows = await db<UserRow>('users').orderBy('id').limit(500).offset(offset); // ok: query-in-loop -- offset pagination
    if (rows.length === 0) break;
    rows.forEach((row) => write(row)); // ok: query-in-loop -- rows of one page, no I/O
    offset += rows.length;
  }
  return offset;
}

/** Streams the whole table through one cursor. */
export async function exportPosts(write: (line: string) => void): Promise<void> {
  for await (const post of db<PostRow>('posts').select('id', 'title').stream()) { // ok: query-in-loop -- one streamed query
    write(`${post.id}\t${post.title}`);
  }
}

/** One delete per post id, draining a queue. */
export async function purgePosts(postIds: string[]): Promise<void> {
  const queue = [...postIds];
  while (queue.length) {
    const id = queue.pop()!;
    await db('comments').where('post_id', id).del(); // expect: query-in-loop
  }
}

export async function purgePostsBatched(postIds: string[]): Promise<void> {
  for (const ids of chunk(postIds, 1000)) {
    await db.raw('DELETE FROM comments WHERE post_id = ANY(?)', [ids]); // ok: query-in-loop -- chunked = ANY batch
  }
}

export async function commentCounts(postIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  let i = 0;
  do {
    const result = await db.raw<{ rows: Array<{ n: string }> }>('SELECT count(*) AS n FROM comments WHERE post_id = ?', [postIds[i]]); // expect: query-in-loop
    counts.set(postIds[i], Number(result.rows[0]?.n ?? 0));
    i++;
  } while (i < postIds.length);
  return counts;
}

/** The query runs once, in the iterable. */
export async function authorsReport(): Promise<string[]> {
  const lines: string[] = [];
  for (const author of await db<UserRow>('users').where({ role: 'author' }).limit(1000)) { // ok: query-in-loop -- query in the iterable, runs once
    lines.push(`${author.email}: ${author.name ?? '-'}`);
  }
  return lines;
}

/** Two count queries per author, all in parallel. */
export async function authorActivity(authorIds: string[]) {
  return Promise.all(
    authorIds.flatMap((authorId) => [
      db('posts').where({ author_id: authorId }).count({ n: '*' }), // expect: query-in-loop
      db('comments').where({ author_id: authorId }).count({ n: '*' }), // expect: query-in-loop
    ]),
  );
}

/** Marks posts read one author after the other, chaining promises through reduce. */
export async function markRead(authorIds: string[]): Promise<void> {
  await authorIds.reduce(async (previous, authorId) => {
    await previous;
    await db('posts').where({ author_id: authorId }).update({ read: true }); // expect: query-in-loop
  }, Promise.resolve());
}
