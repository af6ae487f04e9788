import { Router } from 'express';
import { db } from '../db';
import { OrderRepository } from '../repositories/order-repository';

export const ordersRouter = Router();
const orders = new OrderRepository(db);

ordersRouter.get('/orders', async (req, res) => {
  res.json(await orders.search({ status: req.query.status as string | undefined, limit: Number(req.query.limit) || undefined }));
});

ordersRouter.get('/orders/export', async (req, res) => {
  res.json(await orders.export({ status: req.query.status as string | undefined, limit: Number(req.query.limit) || undefined }));
});

ordersRouter.get('/me/orders', async (req, res) => {
  res.json(await orders.ofBuyer(String(req.headers['x-user-id']), req.query.status as string | undefined));
});

ordersRouter.get('/orders/stats', async (_req, res) => {
  res.json(await orders.countByStatus());
});
