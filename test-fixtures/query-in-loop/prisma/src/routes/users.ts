import { Router } from 'express';
import { prisma } from '../db';
import { UserRepository } from '../repositories/user-repository';
import { UserService } from '../services/user-service';

export const usersRouter = Router();
const service = new UserService(new UserRepository(prisma));

usersRouter.get('/users', async (req, res) => {
  const ids = String(req.query.ids ?? '').split(',').filter(Boolean);
  res.json(await service.loadUsers(ids));
});

usersRouter.post('/users/settings', async (req, res) => {
  const entries = Object.entries(req.body as Record<string, string>);
  for (const [key, value] of entries) {
    await prisma.setting.upsert({ where: { key }, create: { key, value }, update: { value } }); // expect: query-in-loop
  }
  res.status(204).end();
});

usersRouter.get('/users/:id/commenters', async (req, res) => {
  const comments = await prisma.comment.findMany({ where: { post: { authorId: req.params.id } }, take: 100 });
  const authors = await prisma.user.findMany({ where: { id: { in: comments.map((comment) => comment.authorId) } } }); // ok: query-in-loop -- one in-list query, map is not a loop around it
  res.json(authors);
});

/** Nested callbacks: every comment of every post loads its author's latest order. */
usersRouter.get('/feed', async (_req, res) => {
  const posts = await prisma.post.findMany({ take: 20, include: { comments: true } });
  const rows: unknown[] = [];
  posts.forEach((post) => {
    post.comments.forEach(async (comment) => {
      rows.push(await prisma.order.findFirst({ where: { buyerId: comment.authorId } })); // expect: query-in-loop
    });
  });
  res.json(rows);
});

usersRouter.get('/users/check', async (req, res) => {
  const emails = String(req.query.emails ?? '').split(',');
  const allKnown = emails.every(async (email) => (await prisma.user.count({ where: { email } })) > 0); // expect: query-in-loop
  const anyAdmin = emails.some(async (email) => (await prisma.user.count({ where: { email, role: 'admin' } })) > 0); // expect: query-in-loop
  res.json({ allKnown, anyAdmin });
});
