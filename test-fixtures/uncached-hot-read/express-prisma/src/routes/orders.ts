import { Router } from 'express';
import { prisma } from '../db';
import { getProperties } from '../lib/settings-cache';

export const ordersRouter = Router();

ordersRouter.get('/properties', async (_req, res) => {
  res.json(await getProperties());
});

/** The newest order: the maximum of live data, different after every write. */
ordersRouter.get('/orders/latest', async (_req, res) => {
  res.json(await prisma.order.findFirst({ orderBy: { id: 'desc' } })); // ok: uncached-hot-read -- the last row of a live table, not read-mostly data
});

/** From Flowise's evaluations: the read in the catch only runs when the try did not get to its own. */
ordersRouter.post('/orders/:id/retry', async (req, res) => {
  const { id } = req.params;
  try {
    await prisma.order.update({ where: { id }, data: { status: 'RETRYING' } });
    const order = await prisma.order.findUnique({ where: { id } });
    res.json(order);
  } catch {
    const order = await prisma.order.findUnique({ where: { id } }); // ok: uncached-hot-read -- in the catch of the try that holds the other read
    res.status(409).json(order);
  }
});

/**
 * From ghostfolio's demo sync (a GET that writes): a request that changes data reads the rows it copies, fresh. The
 * list read has constant arguments but feeds the writes that follow.
 */
ordersRouter.get('/orders/demo/sync', async (_req, res) => {
  const templates = await prisma.order.findMany({ where: { status: 'TEMPLATE' }, include: { items: true } }); // ok: uncached-hot-read -- a list read feeding the writes after it
  await prisma.order.deleteMany({ where: { status: 'DEMO' } });
  await prisma.order.createMany({ data: templates.map((order) => ({ status: 'DEMO', buyerId: order.buyerId })) });
  res.sendStatus(204);
});

/** A single settings row in a request that changes data is still read-mostly data. */
ordersRouter.post('/orders', async (req, res) => {
  const currency = await prisma.setting.findUnique({ where: { key: 'currency' } }); // expect: uncached-hot-read
  const order = await prisma.order.create({ data: { buyerId: String(req.body.buyerId), status: currency?.value ?? 'EUR' } });
  res.status(201).json(order);
});

/**
 * A constant list of a live table (orders, users, events) is not read-mostly data: every write
 * changes it. Its size is unbounded-query's concern.
 */
ordersRouter.get('/orders/open', async (_req, res) => {
  res.json(await prisma.order.findMany({ where: { status: 'NEW' }, take: 100 })); // ok: uncached-hot-read -- a live table, not reference data
});
