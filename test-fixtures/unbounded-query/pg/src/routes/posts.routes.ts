import { Router } from 'express';
import { pool } from '../db';
import { AccountRepository } from '../repositories/account.repository';
import { commentsOf, commentsPage, postById, postsByAuthor, publishedPosts } from '../repositories/post.repository';

export const router = Router();
const accounts = new AccountRepository(pool);

router.get('/authors/:id/posts', async (req, res) => {
  res.json(await postsByAuthor(Number(req.params.id)));
});

router.get('/posts', async (req, res) => {
  res.json(await publishedPosts(Number(req.query.offset ?? 0)));
});

router.get('/posts/:id', async (req, res) => {
  res.json(await postById(Number(req.params.id)));
});

router.get('/posts/:id/comments', async (req, res) => {
  const size = Math.min(100, Number(req.query.size ?? 20));
  res.json(req.query.all ? await commentsOf(Number(req.params.id)) : await commentsPage(Number(req.params.id), size, Number(req.query.offset ?? 0)));
});

router.get('/accounts', async (req, res) => {
  res.json(await accounts.inRegion(String(req.query.region)));
});

router.get('/accounts/search', async (req, res) => {
  res.json(await accounts.search(String(req.query.q)));
});

router.get('/tags', async (_req, res) => {
  const { rows } = await pool.query('SELECT DISTINCT unnest(tags) AS tag FROM posts ORDER BY tag'); // expect: unbounded-query
  res.json(rows.map((row) => row.tag));
});
