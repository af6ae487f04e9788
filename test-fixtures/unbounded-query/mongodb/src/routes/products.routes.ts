import { Router } from 'express';
import { ObjectId } from 'mongodb';
import { reviews } from '../db';
import { paginate } from '../lib/paginate';
import { ordersByStatus, ordersOfCustomer, recentOrders } from '../repositories/order.repository';
import { productRepository } from '../repositories/product.repository';

export const productsRouter = Router();

productsRouter.get('/products', async (req, res) => {
  res.json(await productRepository.inCategory(String(req.query.category)));
});

productsRouter.get('/products/low-stock', async (_req, res) => {
  res.json(await productRepository.lowStock(5));
});

productsRouter.get('/products/:id', async (req, res) => {
  res.json(await productRepository.byId(req.params.id));
});

productsRouter.get('/products/:id/reviews', async (req, res) => {
  const all = await reviews.find({ productId: new ObjectId(req.params.id) }).toArray(); // expect: unbounded-query
  res.json(all);
});

productsRouter.get('/products/:id/reviews/page', async (req, res) => {
  const page = await paginate(reviews.find({ productId: new ObjectId(req.params.id) }).sort({ createdAt: -1 }), req).toArray(); // ok: unbounded-query -- paginate() applies the limit
  res.json(page);
});

productsRouter.get('/customers/:id/orders', async (req, res) => {
  res.json(await ordersOfCustomer(req.params.id));
});

productsRouter.get('/customers/:id/reviews', async (req, res) => {
  const cursor = reviews.find({ customerId: new ObjectId(req.params.id) });
  res.json(await paginate(cursor, req).toArray()); // ok: unbounded-query -- paginate() applies the limit
});

productsRouter.get('/orders', async (req, res) => {
  res.json(await recentOrders({ limit: Number(req.query.limit) || undefined }));
});

productsRouter.get('/orders/by-status', async (req, res) => {
  res.json(await ordersByStatus({ status: req.query.status as 'open' | 'paid' | 'shipped' | undefined }));
});
