import type { FilterQuery, Types } from 'mongoose';
import { IPost, Post } from '../models/post.model';
import { User } from '../models/user.model';
import { findUserById, findUsersByIds } from '../repositories/user.repository';

export async function feedWithAuthors(limit: number) {
  const posts = await Post.find({ publishedAt: { $ne: null } }).sort({ publishedAt: -1 }).limit(limit).lean();
  const result = [];
  for (const post of posts) {
    const author = await User.findById(post.authorId).lean(); // expect: query-in-loop
    result.push({ ...post, author });
  }
  return result;
}

export async function feedWithAuthorsInParallel(limit: number) {
  const posts = await Post.find().sort({ publishedAt: -1 }).limit(limit).lean();
  return await Promise.all(
    posts.map(async (post) => ({ ...post, author: await findUserById(post.authorId) })), // expect: query-in-loop
  );
}

export async function feedWithAuthorsBatched(limit: number) {
  const posts = await Post.find().sort({ publishedAt: -1 }).limit(limit).lean();
  const authors = await findUsersByIds(posts.map((post) => post.authorId)); // ok: query-in-loop -- one $in query for every author
  const byId = new Map(authors.map((author) => [String(author._id), author]));
  return posts.map((post) => ({ ...post, author: byId.get(String(post.authorId)) ?? null })); // ok: query-in-loop -- Map lookup, no I/O in the callback
}

export async function relatedByTags(seedTags: string[], max: number) {
  const queue = [...seedTags];
  const related: IPost[] = [];
  while (queue.length > 0 && related.length < max) {
    const tag = queue.shift()!;
    const posts = await Post.find({ tags: tag }).limit(5).lean().exec(); // expect: query-in-loop
    related.push(...posts);
  }
  return related;
}

export async function postsWithAuthorsPopulated(postIds: string[]) {
  const posts = await Post.find({ _id: { $in: postIds } }).limit(100);
  for (const post of posts) {
    await post.populate('authorId'); // expect: query-in-loop
  }
  return posts;
}

export async function searchPosts(filters: Record<string, string>) {
  let query = Post.find({ publishedAt: { $ne: null } });
  for (const [field, value] of Object.entries(filters)) {
    query = query.where(field).equals(value); // ok: query-in-loop -- builds the query, runs once after the loop
  }
  return query.limit(50).lean();
}

export async function allPostsInPages(pageSize: number) {
  const all: IPost[] = [];
  let lastId: Types.ObjectId | undefined;
  for (;;) {
    const filter: FilterQuery<IPost> = lastId ? { _id: { $gt: lastId } } : {};
    const page = await Post.find(filter).sort({ _id: 1 }).limit(pageSize).lean(); // ok: query-in-loop -- keyset pagination, each page depends on the last
    if (page.length === 0) break;
    all.push(...page);
    lastId = page[page.length - 1]._id;
  }
  return all;
}

export async function tagCloud(limit: number) {
  const posts = await Post.find().select({ tags: 1 }).limit(limit).lean();
  const counts = new Map<string, number>();
  for (const post of posts) {
    for (const tag of post.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1); // ok: query-in-loop -- rows of one query, no I/O
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}
