import DataLoader from 'dataloader';
import type Redis from 'ioredis';
import { likesKey } from '../redis';
import { fetchUsers } from '../datasources/users-api';
import type { PostsAPI } from '../datasources/posts-api';
import type { Post, User } from '../types';

/** Loaders are created per request, so their caches never leak between users. */
export function createLoaders(redis: Redis, posts: PostsAPI) {
  return {
    user: new DataLoader<string, User | null>(async (ids) => {
      const users = await fetchUsers(ids); // ok: query-in-loop -- the batch function runs once per tick
      const byId = new Map(users.map((user) => [user.id, user]));
      return ids.map((id) => byId.get(id) ?? null); // ok: query-in-loop -- Map lookups, no I/O
    }),
    likes: new DataLoader<string, number>(async (postIds) => {
      const values = await redis.mget(postIds.map(likesKey)); // ok: query-in-loop -- one MGET for the batch
      return values.map((value) => Number(value ?? 0));
    }),
    post: new DataLoader<string, Post>(async (ids) => {
      const found = await posts.getPosts(ids);
      const byId = new Map(found.map((post) => [post.id, post]));
      return ids.map((id) => byId.get(id) ?? new Error(`post ${id} not found`));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
