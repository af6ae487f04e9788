import { Router } from 'express';
import { prisma } from '../db';
import { paginate, sortBy, withPage } from '../lib/pagination';

export const postsRouter = Router();

postsRouter.get('/posts', async (req, res) => {
  res.json(await prisma.post.findMany({ ...paginate(req), where: { published: true } })); // ok: unbounded-query -- take comes from the spread paginate(req)
});

postsRouter.get('/posts/recent', async (req, res) => {
  res.json(await prisma.post.findMany({ ...sortBy(req), where: { published: true } })); // expect: unbounded-query
});

postsRouter.get('/posts/search', async (req, res) => {
  const q = String(req.query.q ?? '');
  res.json(await prisma.post.findMany(withPage({ where: { title: { contains: q } } }, req))); // ok: unbounded-query -- withPage sets take
});

postsRouter.get('/posts/drafts', async (req, res) => {
  const drafts = await prisma.post.findMany({ // expect: unbounded-query
    where: { published: false },
    take: req.query.limit ? Number(req.query.limit) : undefined,
  });
  res.json(drafts);
});

postsRouter.get('/posts/archive', async (req, res) => {
  const size = req.query.all === '1' ? 500 : 20;
  res.json(await prisma.post.findMany({ where: { published: true }, take: size, orderBy: { createdAt: 'asc' } })); // ok: unbounded-query -- take is 500 or 20
});

postsRouter.get('/posts/:id', async (req, res) => {
  res.json(await prisma.post.findUnique({ where: { id: req.params.id }, include: { comments: true } })); // expect: unbounded-query
});

postsRouter.get('/posts/:id/preview', async (req, res) => {
  const post = await prisma.post.findUnique({ // ok: unbounded-query -- to-one author, comments capped by take
    where: { id: req.params.id },
    include: { author: true, comments: { take: 20, orderBy: { id: 'desc' } } },
  });
  res.json(post);
});

postsRouter.get('/posts/:id/comments', async (req, res) => {
  res.json(await prisma.comment.findMany({ where: { postId: req.params.id } })); // expect: unbounded-query
});

postsRouter.get('/posts/:id/raw', async (req, res) => {
  res.json(await prisma.post.findMany({ where: { id: req.params.id } })); // ok: unbounded-query -- id equals a value: at most one row
});

postsRouter.get('/posts/drafts', async (req, res) => {
  // The limit through a variable: still only when ?limit= is given.
  const take = req.query.limit ? Number(req.query.limit) : undefined;
  res.json(await prisma.post.findMany({ where: { published: false }, take })); // expect: unbounded-query
});

postsRouter.get('/posts/featured', async (req, res) => {
  const take = Math.min(Number(req.query.limit) || 20, 100);
  res.json(await prisma.post.findMany({ where: { published: true }, take, orderBy: { createdAt: 'desc' } })); // ok: unbounded-query -- take through a variable, with a default
});
