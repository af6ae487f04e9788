import { db } from '../db';
import type { PostRow } from '../types';

export interface PostSearch {
  authorId?: number;
  search?: string;
  limit?: number;
}

export function postById(id: number) {
  return db<PostRow>('posts').where({ id }).first(); // ok: unbounded-query -- first() returns one row
}

export function postsByIds(ids: number[]) {
  return db<PostRow>('posts').whereIn('id', ids); // ok: unbounded-query -- bounded by the input id list
}

export function postsByAuthor(authorId: number) {
  return db<PostRow>('posts').where('author_id', authorId).select('id', 'title', 'published_at'); // expect: unbounded-query
}

export function latestPosts(size = 20) {
  return db<PostRow>('posts').where({ status: 'published' }).orderBy('published_at', 'desc').limit(size); // ok: unbounded-query -- limit(size)
}

export function publishedAfter(offset: number) {
  // offset() alone does not bound the result
  return db<PostRow>('posts') // expect: unbounded-query
    .where({ status: 'published' })
    .orderBy('published_at', 'desc')
    .offset(offset);
}

/** Filters on some paths, the limit on all of them. */
export function searchPosts(params: PostSearch) {
  let query = db<PostRow>('posts').where({ status: 'published' });
  if (params.authorId) query = query.where('author_id', params.authorId);
  if (params.search) query = query.whereILike('title', `%${params.search}%`);
  query = query.orderBy('published_at', 'desc').limit(Math.min(params.limit ?? 20, 100));
  return query; // ok: unbounded-query -- limit applied on every path
}

/** The limit is only applied when the caller asks for one. */
export async function draftsOf(params: PostSearch) {
  let query = db<PostRow>('posts').where({ status: 'draft' });
  if (params.authorId) query = query.where('author_id', params.authorId);
  if (params.limit) query = query.limit(params.limit);
  return await query; // expect: unbounded-query
}

export function postsWithAuthors() {
  return db('posts') // expect: unbounded-query
    .join('users', 'users.id', 'posts.author_id')
    .select('posts.id', 'posts.title', 'users.name as author');
}

export function countByAuthor(authorId: number) {
  return db<PostRow>('posts').where('author_id', authorId).count({ n: '*' }); // ok: unbounded-query -- aggregate count
}

export function publish(id: number) {
  return db<PostRow>('posts').where({ id }).update({ status: 'published', published_at: new Date() }); // ok: unbounded-query -- write, returns no rows
}
