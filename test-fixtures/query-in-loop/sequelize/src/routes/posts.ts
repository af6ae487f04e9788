import { Router } from 'express';
import { Comment, Post, User } from '../models';
import { markSeen } from '../repositories/users.repository';
import { FeedService } from '../services/feed.service';

export const router = Router();
const feed = new FeedService(Post, Comment);

router.get('/feed', async (_req, res) => {
  res.json(await feed.postsWithComments(20));
});

router.post('/users/seen', async (req, res) => {
  const ids: number[] = req.body.ids ?? [];
  const now = new Date();
  for (const id of ids) {
    await markSeen(id, now); // expect: query-in-loop
  }
  res.sendStatus(204);
});

router.get('/authors/post-counts', async (req, res) => {
  const ids = String(req.query.ids ?? '')
    .split(',')
    .filter(Boolean)
    .map(Number);
  const counts = await ids.reduce<Promise<Record<number, number>>>(async (pending, id) => {
    const acc = await pending;
    acc[id] = await Post.count({ where: { authorId: id } }); // expect: query-in-loop
    return acc;
  }, Promise.resolve({}));
  res.json(counts);
});

router.get('/users/by-role', async (_req, res) => {
  const counts: Record<string, number> = {};
  for (const role of ['admin', 'editor', 'reader'] as const) {
    counts[role] = await User.count({ where: { role } }); // ok: query-in-loop -- three fixed roles, does not grow with data
  }
  res.json(counts);
});

router.get('/users/lookup', async (req, res) => {
  const emails = String(req.query.emails ?? '').split(',');
  for (const email of emails) {
    // Only the first address is ever looked up: the body always returns.
    const user = await User.findOne({ where: { email: email.trim().toLowerCase() } }); // ok: query-in-loop -- the body always returns, so it runs at most once
    return res.json(user);
  }
  return res.sendStatus(404);
});
