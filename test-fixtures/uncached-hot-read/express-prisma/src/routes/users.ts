import { Router } from 'express';
import { prisma } from '../db';
import { checkAccess } from '../services/access';
import { getUser } from '../services/users';

export const usersRouter = Router();

usersRouter.get('/users/:id', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { id: req.params.id } }); // ok: uncached-hot-read -- depends on the request
  res.json(user);
});

/** The header block was copied from another handler and loads the same user again. */
usersRouter.get('/users/:id/summary', async (req, res) => {
  const { id } = req.params;
  const user = await prisma.user.findUnique({ where: { id } }); // ok: uncached-hot-read -- first read of this user in the request
  if (!user) {
    res.sendStatus(404);
    return;
  }
  const orders = await prisma.order.findMany({ where: { buyerId: id }, take: 10 }); // ok: uncached-hot-read -- depends on the request
  const owner = await prisma.user.findUnique({ where: { id } }); // expect: uncached-hot-read
  res.json({ name: owner?.name ?? user.email, plan: user.plan, orders });
});

/** getUser and checkAccess both run prisma.user.findUnique({ where: { id } }). */
usersRouter.get('/users/:id/orders', async (req, res) => {
  const id = req.params.id;
  const user = await getUser(id); // ok: uncached-hot-read -- the first of the two identical reads
  if (!user) {
    res.sendStatus(404);
    return;
  }
  await checkAccess(id); // expect: uncached-hot-read
  res.json(await prisma.order.findMany({ where: { buyerId: user.id }, include: { items: true }, take: 50 }));
});

usersRouter.get('/users/:id/compare/:otherId', async (req, res) => {
  const left = await getUser(req.params.id);
  const right = await getUser(req.params.otherId); // ok: uncached-hot-read -- same query, another argument
  res.json({ left, right });
});

usersRouter.get('/users/:id/with-posts', async (req, res) => {
  const { id } = req.params;
  const user = await prisma.user.findUnique({ where: { id } });
  if (!user) {
    res.sendStatus(404);
    return;
  }
  const withPosts = await prisma.user.findUnique({ where: { id }, include: { posts: { take: 10 } } }); // ok: uncached-hot-read -- not the same arguments (include)
  res.json(withPosts);
});

usersRouter.get('/me', async (req, res) => {
  const viewerId = String(req.headers['x-user-id'] ?? '');
  if (req.query.format === 'card') {
    const user = await prisma.user.findUnique({ where: { id: viewerId } });
    res.json({ name: user?.name, plan: user?.plan });
  } else {
    const user = await prisma.user.findUnique({ where: { id: viewerId } }); // ok: uncached-hot-read -- the other branch: one of the two runs per request
    res.json(user);
  }
});

/** The first user is changed in place before the second read: reusing it would change what the second sees, so no fix. */
usersRouter.get('/users/:id/card', async (req, res) => {
  const { id } = req.params;
  const user = await prisma.user.findUnique({ where: { id } });
  if (user) user.email = user.email.toLowerCase();
  const stored = await prisma.user.findUnique({ where: { id } }); // expect: uncached-hot-read
  res.json({ shown: user?.email, stored: stored?.email });
});

/** The first read's result is not kept in a constant: nothing to reuse, so no fix. */
usersRouter.get('/users/:id/profile', async (req, res) => {
  const { id } = req.params;
  if (!(await prisma.user.findUnique({ where: { id } }))) {
    res.sendStatus(404);
    return;
  }
  const user = await prisma.user.findUnique({ where: { id } }); // expect: uncached-hot-read
  res.json(user);
});
