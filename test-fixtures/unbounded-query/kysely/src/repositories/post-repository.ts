import { sql } from 'kysely';
import { db } from '../db';

export function publishedPosts() {
  return db.selectFrom('posts').selectAll().where('published', '=', true).orderBy('created_at', 'desc').execute(); // expect: unbounded-query
}

export function publishedPage(limit: number, offset: number) {
  return db.selectFrom('posts').selectAll().where('published', '=', true).orderBy('created_at', 'desc').limit(limit).offset(offset).execute(); // ok: unbounded-query -- .limit(limit)
}

export function latestPostOf(authorId: string) {
  return db.selectFrom('posts').selectAll().where('author_id', '=', authorId).orderBy('created_at', 'desc').executeTakeFirst(); // ok: unbounded-query -- executeTakeFirst returns one row
}

export function findPost(id: string) {
  return db.selectFrom('posts').selectAll().where('id', '=', id).execute(); // ok: unbounded-query -- primary key lookup
}

export function postsByIds(ids: string[]) {
  return db.selectFrom('posts').select(['id', 'title']).where('id', 'in', ids).execute(); // ok: unbounded-query -- bounded by the input id list
}

/** Every comment of a post, however long the thread. */
export function commentsOf(postId: string) {
  return db.selectFrom('comments').select(['id', 'body', 'author_id']).where('post_id', '=', postId).execute(); // expect: unbounded-query
}

export async function countPublished(authorId: string): Promise<number> {
  const row = await db // ok: unbounded-query -- aggregate
    .selectFrom('posts')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where('author_id', '=', authorId)
    .where('published', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

export async function publishedTitles() {
  const result = await sql<{ id: string; title: string }>`SELECT id, title FROM posts WHERE published = true`.execute(db); // expect: unbounded-query
  return result.rows;
}

export async function latestTitles() {
  const result = await sql<{ id: string; title: string }>`SELECT id, title FROM posts ORDER BY created_at DESC LIMIT 20`.execute(db); // ok: unbounded-query -- LIMIT 20
  return result.rows;
}
