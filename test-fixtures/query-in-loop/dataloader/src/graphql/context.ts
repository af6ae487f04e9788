import type Redis from 'ioredis';
import { redis } from '../redis';
import { PostsAPI } from '../datasources/posts-api';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  viewerId: string | null;
  redis: Redis;
  loaders: Loaders;
  dataSources: { posts: PostsAPI };
}

export function createContext(viewerId: string | null): Context {
  const posts = new PostsAPI(process.env.POSTS_URL ?? 'http://posts.internal');
  return { viewerId, redis, loaders: createLoaders(redis, posts), dataSources: { posts } };
}
