import { Router } from 'express';
import { prisma } from '../db';
import { OrderService } from '../services/order-service';

const service = new OrderService();
export const ordersRouter = Router();

ordersRouter.get('/orders', async (req, res) => {
  res.json(await service.ordersWithBuyers(Number(req.query.limit ?? 20)));
});

ordersRouter.get('/orders/:id/items', async (req, res) => {
  const items = await prisma.orderItem.findMany({ where: { orderId: req.params.id }, take: 100 });
  // N+1: one product query per item.
  const withProducts = await Promise.all(
    items.map(async (item) => {
      const stock = await prisma.stock.findFirst({ where: { productId: item.productId } });
      return { ...item, stock };
    }),
  );
  res.json(withProducts);
});

ordersRouter.get('/users/by-ids', async (req, res) => {
  const ids = String(req.query.ids ?? '').split(',');
  // Not N+1: Prisma batches findUnique calls issued in the same tick into one query.
  const users = await Promise.all(ids.map((id) => prisma.user.findUnique({ where: { id } })));
  res.json(users);
});
