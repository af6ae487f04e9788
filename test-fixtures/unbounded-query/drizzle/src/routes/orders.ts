import { Router } from 'express';
import { db } from '../db';
import { OrderRepository } from '../repositories/order-repository';

export const ordersRouter = Router();
const orders = new OrderRepository(db);

ordersRouter.get('/orders', async (req, res) => {
  res.json(await orders.search({ status: req.query.status as string | undefined, limit: Number(req.query.limit) || undefined }));
});

ordersRouter.get('/orders/export', async (req, res) => {
  res.json(await orders.export({ buyerId: req.query.buyer as string | undefined, limit: Number(req.query.limit) || undefined }));
});

ordersRouter.get('/orders/by-email', async (req, res) => {
  res.json(await orders.ordersOfEmail(String(req.query.email)));
});

ordersRouter.get('/orders/stats', async (_req, res) => {
  res.json({ byStatus: await orders.countByStatus(), open: await orders.openCount() });
});
