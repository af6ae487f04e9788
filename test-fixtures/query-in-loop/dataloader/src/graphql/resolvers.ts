import type { Context } from './context';
import { USERS_URL, fetchUser } from '../datasources/users-api';
import type { Post, User } from '../types';

type PostWithAuthor = Post & { author: User | null };

/** Translations are a local table; `load` here is not a DataLoader. */
const labels = {
  table: new Map<string, string>([['draft', 'Draft'], ['published', 'Published']]),
  load(key: string): string {
    return this.table.get(key) ?? key;
  },
};

export const resolvers = {
  Query: {
    /** Authors through the loader: every load in this tick goes out as one batch. */
    async feed(_parent: unknown, args: { ids: string[] }, ctx: Context): Promise<PostWithAuthor[]> {
      const posts = await ctx.loaders.post.loadMany(args.ids); // ok: query-in-loop -- loadMany is one batch
      const found = posts.filter((post): post is Post => !(post instanceof Error)); // ok: query-in-loop -- no I/O
      const authors = await Promise.all(found.map((post) => ctx.loaders.user.load(post.authorId))); // ok: query-in-loop -- DataLoader batches the loads
      return found.map((post, i) => ({ ...post, author: authors[i] }));
    },

    /** The same feed, but each author fetched over HTTP on its own. */
    async feedUncached(_parent: unknown, args: { ids: string[] }, ctx: Context): Promise<PostWithAuthor[]> {
      const posts = await ctx.dataSources.posts.getPosts(args.ids);
      const result: PostWithAuthor[] = [];
      for (const post of posts) {
        result.push({ ...post, author: await fetchUser(post.authorId) }); // expect: query-in-loop
      }
      return result;
    },

    async postsById(_parent: unknown, args: { ids: string[] }, ctx: Context): Promise<Post[]> {
      return Promise.all(args.ids.map((id) => ctx.dataSources.posts.getPost(id))); // expect: query-in-loop
    },

    /** Walks every page: each request needs the cursor from the previous page. */
    async allPostTitles(_parent: unknown, _args: unknown, ctx: Context): Promise<string[]> {
      const titles: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await ctx.dataSources.posts.listPage(cursor); // ok: query-in-loop -- cursor pagination
        titles.push(...page.items.map((post) => post.title));
        cursor = page.nextCursor;
      } while (cursor);
      return titles;
    },

    statusLabels(): string[] {
      return ['draft', 'published'].map((status) => labels.load(status)); // ok: query-in-loop -- a local table, not a DataLoader
    },
  },

  Post: {
    author(post: Post, _args: unknown, ctx: Context): Promise<User | null> {
      return ctx.loaders.user.load(post.authorId); // ok: query-in-loop -- one load per field, batched by DataLoader
    },
  },

  User: {
    /** Likes per post read straight from Redis, one GET per post. */
    async posts(user: User, _args: unknown, ctx: Context): Promise<Array<Post & { likes: number }>> {
      const page = await ctx.dataSources.posts.listPage(null);
      const mine = page.items.filter((post) => post.authorId === user.id);
      return Promise.all(
        mine.map(async (post) => ({ ...post, likes: Number(await ctx.redis.get(`likes:${post.id}`)) })), // expect: query-in-loop
      );
    },

    /** The same counts through the loader. */
    async postsWithLikes(user: User, _args: unknown, ctx: Context): Promise<Array<Post & { likes: number }>> {
      const page = await ctx.dataSources.posts.listPage(null);
      const mine = page.items.filter((post) => post.authorId === user.id);
      const promises: Array<Promise<number>> = [];
      for (const post of mine) {
        promises.push(ctx.loaders.likes.load(post.id)); // ok: query-in-loop -- queued loads, one batch
      }
      const likes = await Promise.all(promises);
      return mine.map((post, i) => ({ ...post, likes: likes[i] }));
    },

    async followers(user: User, _args: unknown, _ctx: Context): Promise<User[]> {
      const response = await fetch(`${USERS_URL}/users/${user.id}/followers`);
      const ids = (await response.json()) as string[];
      const followers: User[] = [];
      for (const id of ids) {
        const res = await fetch(`${USERS_URL}/users/${id}`); // expect: query-in-loop
        followers.push((await res.json()) as User);
      }
      return followers;
    },
  },

  Mutation: {
    async tagPosts(_parent: unknown, args: { postIds: string[]; tag: string }, ctx: Context): Promise<boolean> {
      args.postIds.forEach((postId) => {
        void ctx.redis.sadd(`tags:${postId}`, args.tag); // expect: query-in-loop
      });
      return true;
    },

    async likePosts(_parent: unknown, args: { postIds: string[] }, ctx: Context): Promise<number[]> {
      const counts: number[] = [];
      for (const postId of args.postIds) {
        counts.push(await ctx.redis.incr(`likes:${postId}`)); // expect: query-in-loop
        ctx.loaders.likes.clear(postId); // ok: query-in-loop -- clears a loader cache entry, no I/O
      }
      return counts;
    },

    async primeUsers(_parent: unknown, args: { users: User[] }, ctx: Context): Promise<number> {
      args.users.forEach((user) => ctx.loaders.user.prime(user.id, user)); // ok: query-in-loop -- primes the loader cache, no I/O
      return args.users.length;
    },
  },
};
