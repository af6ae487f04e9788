import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { db } from '../db';
import { comments, posts, type Post } from '../schema';

export function publishedPosts(): Promise<Post[]> {
  return db.select().from(posts).where(eq(posts.published, true)).orderBy(desc(posts.createdAt)); // expect: unbounded-query
}

export function publishedPage(limit: number, offset: number): Promise<Post[]> {
  return db.select().from(posts).where(eq(posts.published, true)).orderBy(desc(posts.createdAt)).limit(limit).offset(offset); // ok: unbounded-query -- .limit(limit)
}

/** An offset is not a limit: every row after the first N. */
export function publishedAfter(offset: number): Promise<Post[]> {
  return db.select().from(posts).where(eq(posts.published, true)).orderBy(desc(posts.createdAt)).offset(offset); // expect: unbounded-query
}

export function postsOf(authorId: string) {
  return db.query.posts.findMany({ where: eq(posts.authorId, authorId), orderBy: desc(posts.createdAt) }); // expect: unbounded-query
}

export function latestPostsOf(authorId: string) {
  return db.query.posts.findMany({ where: eq(posts.authorId, authorId), orderBy: desc(posts.createdAt), limit: 10 }); // ok: unbounded-query -- limit: 10
}

export function findPost(id: string) {
  return db.query.posts.findFirst({ where: eq(posts.id, id), with: { author: true } }); // ok: unbounded-query -- findFirst, to-one author
}

/** One post, with every comment it ever received. */
export function postWithThread(id: string) {
  return db.query.posts.findFirst({ where: eq(posts.id, id), with: { comments: true } }); // expect: unbounded-query
}

export function postWithLatestComments(id: string) {
  return db.query.posts.findFirst({ where: eq(posts.id, id), with: { comments: { limit: 20 } } }); // ok: unbounded-query -- comments capped by limit
}

export function commentsOf(postId: string) {
  return db.select().from(comments).where(eq(comments.postId, postId)); // expect: unbounded-query
}

export async function countPublished(authorId: string): Promise<number> {
  const [row] = await db.select({ total: count() }).from(posts).where(and(eq(posts.authorId, authorId), eq(posts.published, true))); // ok: unbounded-query -- aggregate
  return row?.total ?? 0;
}

export function postsByIds(ids: string[]): Promise<Post[]> {
  return db.select().from(posts).where(inArray(posts.id, ids)); // ok: unbounded-query -- bounded by the input id list
}

export async function postById(id: string): Promise<Post | undefined> {
  const [post] = await db.select().from(posts).where(eq(posts.id, id)); // ok: unbounded-query -- primary key lookup
  return post;
}
