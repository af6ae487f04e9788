import { Router } from 'express';
import { prisma } from '../db';
import { OrderRepository } from '../repositories/order-repository';
import { UserService } from '../services/user-service';

export const ordersRouter = Router();
const orders = new OrderRepository(prisma);
const users = new UserService();

ordersRouter.get('/me/orders', async (req, res) => {
  res.json(await orders.ordersOf(String(req.headers['x-user-id'])));
});

ordersRouter.get('/orders', async (req, res) => {
  const limit = req.query.limit ? Number(req.query.limit) : undefined;
  res.json(await orders.search(req.query.status as string | undefined, limit));
});

ordersRouter.get('/orders/recent', async (req, res) => {
  res.json(await orders.recent(String(req.query.status ?? 'NEW'), Number(req.query.limit) || 20));
});

ordersRouter.get('/orders/:id', async (req, res) => {
  res.json(await orders.withItems(req.params.id));
});

ordersRouter.get('/orders/stats', async (_req, res) => {
  const totals = await prisma.orderItem.aggregate({ _sum: { quantity: true }, _count: { _all: true } }); // ok: unbounded-query -- aggregate
  res.json({ byStatus: await orders.countByStatus(), totals });
});

ordersRouter.get('/customers', async (_req, res) => {
  res.json(await users.customersWithOrders());
});
