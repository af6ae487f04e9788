import { Types } from 'mongoose';
import { Post } from '../models/post.model';

export async function feedSince(since: Date, offset: number) {
  // skip() alone does not bound the result
  return Post.find({ status: 'published', publishedAt: { $gte: since } }).skip(offset).lean(); // expect: unbounded-query
}

export async function followingFeed(authorIds: string[], size: number) {
  const query = Post.find({ authorId: { $in: authorIds.map((id) => new Types.ObjectId(id)) }, status: 'published' });
  return query.sort({ publishedAt: -1 }).limit(size); // ok: unbounded-query -- limit on the stored query
}
