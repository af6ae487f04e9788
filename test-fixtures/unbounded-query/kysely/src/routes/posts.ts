import { Router } from 'express';
import { publishedPosts, publishedTitles, latestTitles } from '../repositories/post-repository';
import { FeedService } from '../services/feed-service';

export const postsRouter = Router();
const feed = new FeedService();

postsRouter.get('/posts', async (req, res) => {
  res.json(await feed.home(Number(req.query.page) || 1));
});

postsRouter.get('/posts/all', async (_req, res) => {
  res.json(await publishedPosts());
});

postsRouter.get('/posts/:id', async (req, res) => {
  res.json(await feed.thread(req.params.id));
});

postsRouter.get('/titles', async (req, res) => {
  res.json(req.query.all ? await publishedTitles() : await latestTitles());
});

postsRouter.get('/members', async (req, res) => {
  res.json(await feed.members(String(req.query.role ?? 'member')));
});
