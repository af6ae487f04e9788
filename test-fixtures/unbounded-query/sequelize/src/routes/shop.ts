import type { Request, Response } from 'express';
import type { ListQuery } from '../lib/pagination';
import { OrderRepository } from '../repositories/order.repository';
import { CatalogService } from '../services/catalog.service';

const catalog = new CatalogService();
const orders = new OrderRepository();

export async function listProducts(req: Request<unknown, unknown, unknown, ListQuery>, res: Response): Promise<void> {
  res.json(req.query.category ? await catalog.category(req.query) : await catalog.listActive());
}

export async function productSearch(req: Request<unknown, unknown, unknown, ListQuery & { q: string }>, res: Response): Promise<void> {
  res.json(await catalog.search(req.query.q, req.query));
}

export async function orderHistory(req: Request<{ userId: string }>, res: Response): Promise<void> {
  res.json(await orders.forUser(Number(req.params.userId)));
}

export async function showOrder(req: Request<{ id: string }>, res: Response): Promise<void> {
  const order = await orders.byId(Number(req.params.id));
  if (!order) {
    res.status(404).end();
    return;
  }
  res.json({ ...order.toJSON(), items: await orders.items(order.id) });
}
