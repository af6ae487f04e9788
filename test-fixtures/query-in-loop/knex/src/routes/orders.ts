import { Router } from 'express';
import { db } from '../db';
import { OrderService } from '../services/order-service';
import type { OrderRow, ProductRow } from '../types';

export const ordersRouter = Router();
const orders = new OrderService(db);

ordersRouter.post('/orders', async (req, res) => {
  res.status(201).json(await orders.place(String(req.body.buyerId), req.body.lines));
});

ordersRouter.post('/orders/ship', async (req, res) => {
  const ids: string[] = req.body.ids;
  ids.forEach(async (id) => {
    await db('orders').where({ id }).update({ status: 'SHIPPED' }); // expect: query-in-loop
  });
  res.status(202).end();
});

ordersRouter.post('/orders/ship-batched', async (req, res) => {
  const ids: string[] = req.body.ids;
  await db('orders').whereIn('id', ids).update({ status: 'SHIPPED' }); // ok: query-in-loop -- one whereIn update
  res.status(202).end();
});

ordersRouter.get('/orders/:id/items', async (req, res) => {
  const items = await db('order_items').where({ order_id: req.params.id }).limit(200);
  const products = await Promise.all(
    items.map((item) => db<ProductRow>('products').where({ id: item.product_id }).first()), // expect: query-in-loop
  );
  res.json(products);
});

/** Filters built in a loop; the query runs once after it. */
ordersRouter.get('/products', async (req, res) => {
  const query = db<ProductRow>('products').select('id', 'name', 'price').limit(50);
  const filters = req.query as Record<string, string>;
  for (const column of Object.keys(filters)) {
    if (column === 'name' || column === 'price') query.where(column, filters[column]); // ok: query-in-loop -- builder step, executed once after the loop
    if (column === 'inStock') query.whereIn('id', db('stock').select('product_id').where('quantity', '>', 0)); // ok: query-in-loop -- subquery of a builder step, executed once after the loop
  }
  for (const currency of String(req.query.currencies ?? '').split(',').filter(Boolean)) {
    query.select(db.raw('price * ? as ??', [Number(req.query[currency] ?? 1), `price_${currency}`])); // ok: query-in-loop -- raw column fragment, executed once after the loop
  }
  let sorted = query;
  for (const key of String(req.query.sort ?? '').split(',').filter(Boolean)) {
    sorted = sorted.orderBy(key.replace(/^-/, ''), key.startsWith('-') ? 'desc' : 'asc'); // ok: query-in-loop -- builder step, executed once after the loop
  }
  res.json(await sorted);
});

ordersRouter.put('/settings', async (req, res) => {
  const settings = req.body as Record<string, string>;
  for (const key in settings) {
    await db('settings').insert({ key, value: settings[key] }).onConflict('key').merge(); // expect: query-in-loop
  }
  res.status(204).end();
});

ordersRouter.put('/settings-batched', async (req, res) => {
  const rows = Object.entries(req.body as Record<string, string>).map(([key, value]) => ({ key, value }));
  await db('settings').insert(rows).onConflict('key').merge(); // ok: query-in-loop -- one multi-row upsert
  res.status(204).end();
});

/** Nested callbacks: a stock check for every line of every order. */
ordersRouter.post('/orders/validate', async (req, res) => {
  const pending: Array<{ id: string; lines: Array<{ productId: string; quantity: number }> }> = req.body.orders;
  const problems: string[] = [];
  await Promise.all(
    pending.map((order) =>
      Promise.all(
        order.lines.map(async (line) => {
          const stock = await db('stock').where({ product_id: line.productId }).first(); // expect: query-in-loop
          if (!stock || stock.quantity < line.quantity) problems.push(`${order.id}/${line.productId}`);
        }),
      ),
    ),
  );
  res.json({ problems });
});

ordersRouter.get('/orders/any-open', async (req, res) => {
  const buyerIds = String(req.query.buyers ?? '').split(',');
  const anyOpen = buyerIds.some(async (buyerId) => Boolean(await db<OrderRow>('orders').where({ buyer_id: buyerId, status: 'NEW' }).first())); // expect: query-in-loop
  res.json({ anyOpen });
});

/** The first candidate decides: the loop body always returns. */
ordersRouter.get('/orders/next', async (req, res) => {
  const candidates = String(req.query.ids ?? '').split(',');
  for (const id of candidates) {
    const order = await db<OrderRow>('orders').where({ id }).first(); // ok: query-in-loop -- the loop returns on its first iteration
    res.json(order ?? null);
    return;
  }
  res.status(404).end();
});
