import { Types } from 'mongoose';
import { IPost, Post } from '../models/post.model';

export interface PostFilter {
  tag?: string;
  authorId?: string;
  limit?: number;
}

export function findPostById(id: string) {
  return Post.findById(id).lean(); // ok: unbounded-query -- primary key lookup
}

export function findPostsByIds(ids: string[]) {
  return Post.find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } }).lean(); // ok: unbounded-query -- bounded by the input id list
}

export function findPostsByAuthor(authorId: string) {
  return Post.find({ authorId: new Types.ObjectId(authorId) }).sort({ createdAt: -1 }).lean(); // expect: unbounded-query
}

export async function findPostsByTag(tag: string) {
  const posts = await Post.find({ tags: tag, status: 'published' }) // expect: unbounded-query
    .select('title tags publishedAt')
    .sort({ publishedAt: -1 })
    .exec();
  return posts;
}

export function latestPublished(size: number) {
  return Post.find({ status: 'published' }).sort({ publishedAt: -1 }).limit(size).lean(); // ok: unbounded-query -- limit(size)
}

export function popularPosts() {
  return Post.find({ status: 'published' }, null, { sort: { views: -1 }, limit: 50 }); // ok: unbounded-query -- limit in the query options
}

/** Filters are added on some paths, the limit on all of them. */
export async function searchPosts(filter: PostFilter) {
  let query = Post.find({ status: 'published' });
  if (filter.tag) query = query.where({ tags: filter.tag });
  if (filter.authorId) query = query.where({ authorId: new Types.ObjectId(filter.authorId) });
  query = query.sort({ publishedAt: -1 }).limit(Math.min(filter.limit ?? 20, 100));
  return query.lean(); // ok: unbounded-query -- limit applied on every path
}

/** The limit is only applied when the caller passes one. */
export async function listPublished(filter: PostFilter): Promise<IPost[]> {
  let query = Post.find({ status: 'published' }).sort({ publishedAt: -1 });
  if (filter.tag) query = query.where({ tags: filter.tag });
  if (filter.limit) query = query.limit(filter.limit);
  return await query.lean(); // expect: unbounded-query
}

export function countPosts(authorId: string) {
  return Post.countDocuments({ authorId: new Types.ObjectId(authorId) }); // ok: unbounded-query -- aggregate count
}

export function totalPosts() {
  return Post.estimatedDocumentCount(); // ok: unbounded-query -- aggregate count
}

export function archiveOlderThan(date: Date) {
  return Post.updateMany({ publishedAt: { $lt: date } }, { $set: { status: 'archived' } }); // ok: unbounded-query -- write, returns no rows
}
