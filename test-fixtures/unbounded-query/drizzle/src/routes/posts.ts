import { Router } from 'express';
import { sql } from 'drizzle-orm';
import { db } from '../db';
import { publishedAfter, publishedPosts, postWithThread } from '../repositories/post-repository';
import { FeedService } from '../services/feed-service';

export const postsRouter = Router();
const feed = new FeedService();

postsRouter.get('/posts', async (req, res) => {
  res.json(await feed.home(Number(req.query.page) || 1));
});

postsRouter.get('/posts/all', async (_req, res) => {
  res.json(await publishedPosts());
});

postsRouter.get('/posts/older', async (req, res) => {
  res.json(await publishedAfter(Number(req.query.offset) || 0));
});

postsRouter.get('/posts/:id', async (req, res) => {
  res.json(await postWithThread(req.params.id));
});

postsRouter.get('/authors/:id', async (req, res) => {
  res.json(await feed.authorPage(req.params.id));
});

postsRouter.get('/titles', async (_req, res) => {
  const result = await db.execute(sql`SELECT id, title FROM posts WHERE published = true ORDER BY created_at DESC`); // expect: unbounded-query
  res.json(result.rows);
});

postsRouter.get('/titles/latest', async (_req, res) => {
  const result = await db.execute(sql`SELECT id, title FROM posts WHERE published = true ORDER BY created_at DESC LIMIT 20`); // ok: unbounded-query -- LIMIT 20
  res.json(result.rows);
});
