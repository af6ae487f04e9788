import { Router } from 'express';
import { db } from '../db';
import { OrderService } from '../services/order-service';

export const ordersRouter = Router();
const service = new OrderService(db);

ordersRouter.post('/orders', async (req, res) => {
  res.status(201).json(await service.place(String(req.body.buyerId), req.body.lines));
});

ordersRouter.post('/orders/ship', async (req, res) => {
  const ids: string[] = req.body.ids;
  ids.forEach(async (id) => {
    await db.updateTable('orders').set({ status: 'SHIPPED' }).where('id', '=', id).execute(); // expect: query-in-loop
  });
  res.status(202).end();
});

ordersRouter.post('/orders/ship-batched', async (req, res) => {
  const ids: string[] = req.body.ids;
  await db.updateTable('orders').set({ status: 'SHIPPED' }).where('id', 'in', ids).execute(); // ok: query-in-loop -- one in-list update
  res.status(202).end();
});

ordersRouter.get('/orders/:id/items', async (req, res) => {
  const items = await db.selectFrom('order_items').selectAll().where('order_id', '=', req.params.id).limit(200).execute();
  const products = await Promise.all(
    items.map((item) => db.selectFrom('products').selectAll().where('id', '=', item.product_id).executeTakeFirst()), // expect: query-in-loop
  );
  res.json(products);
});

/** Filters applied in a loop; the query runs once after it. */
ordersRouter.get('/products', async (req, res) => {
  let query = db.selectFrom('products').select(['id', 'name', 'price']).limit(50);
  const filters = req.query as Record<string, string>;
  for (const key of Object.keys(filters)) {
    if (key === 'q') query = query.where('name', 'ilike', `%${filters[key]}%`); // ok: query-in-loop -- builder step, executed once after the loop
    if (key === 'min') query = query.where('price', '>=', Number(filters[key]));
    if (key === 'max') query = query.where('price', '<=', Number(filters[key]));
  }
  res.json(await query.execute());
});

ordersRouter.put('/settings', async (req, res) => {
  const values = req.body as Record<string, string>;
  for (const key in values) {
    await db // expect: query-in-loop
      .insertInto('settings')
      .values({ key, value: values[key] })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: values[key] }))
      .execute();
  }
  res.status(204).end();
});

/** Nested callbacks: a stock lookup for every line of every order. */
ordersRouter.post('/orders/validate', async (req, res) => {
  const pending: Array<{ id: string; lines: Array<{ productId: string; quantity: number }> }> = req.body.orders;
  const problems: string[] = [];
  await Promise.all(
    pending.map((order) =>
      Promise.all(
        order.lines.map(async (line) => {
          const row = await db.selectFrom('stock').select('quantity').where('product_id', '=', line.productId).executeTakeFirst(); // expect: query-in-loop
          if (!row || row.quantity < line.quantity) problems.push(`${order.id}/${line.productId}`);
        }),
      ),
    ),
  );
  res.json({ problems });
});

ordersRouter.get('/users/known', async (req, res) => {
  const emails = String(req.query.emails ?? '').split(',');
  const allKnown = emails.every(async (email) => Boolean(await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst())); // expect: query-in-loop
  res.json({ allKnown });
});

/** The first candidate decides: the loop body always returns. */
ordersRouter.get('/orders/next', async (req, res) => {
  const candidates = String(req.query.ids ?? '').split(',');
  for (const id of candidates) {
    const order = await db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst(); // ok: query-in-loop -- the loop returns on its first iteration
    res.json(order ?? null);
    return;
  }
  res.status(404).end();
});
