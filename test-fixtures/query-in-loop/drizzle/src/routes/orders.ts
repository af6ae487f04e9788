import { and, eq, gte, ilike, inArray, lte, type SQL } from 'drizzle-orm';
import { Router } from 'express';
import { db } from '../db';
import { comments, orderItems, orders, posts, products, settings, stock } from '../schema';
import { OrderService } from '../services/order-service';

export const ordersRouter = Router();
const service = new OrderService(db);

ordersRouter.post('/orders', async (req, res) => {
  res.status(201).json(await service.place(String(req.body.buyerId), req.body.lines));
});

ordersRouter.post('/orders/ship', async (req, res) => {
  const ids: string[] = req.body.ids;
  ids.forEach(async (id) => {
    await db.update(orders).set({ status: 'SHIPPED' }).where(eq(orders.id, id)); // expect: query-in-loop
  });
  res.status(202).end();
});

ordersRouter.post('/orders/ship-batched', async (req, res) => {
  const ids: string[] = req.body.ids;
  await db.update(orders).set({ status: 'SHIPPED' }).where(inArray(orders.id, ids)); // ok: query-in-loop -- one inArray update
  res.status(202).end();
});

ordersRouter.get('/orders/:id/items', async (req, res) => {
  const items = await db.select().from(orderItems).where(eq(orderItems.orderId, req.params.id)).limit(200);
  const rows = await Promise.all(
    items.map((item) => db.query.products.findFirst({ where: eq(products.id, item.productId) })), // expect: query-in-loop
  );
  res.json(rows);
});

/** Filters collected in a loop; the query runs once after it. */
ordersRouter.get('/products', async (req, res) => {
  const conditions: SQL[] = [];
  const filters = req.query as Record<string, string>;
  for (const key of Object.keys(filters)) {
    if (key === 'q') conditions.push(ilike(products.name, `%${filters[key]}%`)); // ok: query-in-loop -- a condition, executed once after the loop
    if (key === 'min') conditions.push(gte(products.price, Number(filters[key])));
    if (key === 'max') conditions.push(lte(products.price, Number(filters[key])));
  }
  res.json(await db.select().from(products).where(and(...conditions)).limit(50));
});

ordersRouter.put('/settings', async (req, res) => {
  const values = req.body as Record<string, string>;
  for (const key in values) {
    await db // expect: query-in-loop
      .insert(settings)
      .values({ key, value: values[key] })
      .onConflictDoUpdate({ target: settings.key, set: { value: values[key] } });
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
          const [row] = await db.select().from(stock).where(eq(stock.productId, line.productId)).limit(1); // expect: query-in-loop
          if (!row || row.quantity < line.quantity) problems.push(`${order.id}/${line.productId}`);
        }),
      ),
    ),
  );
  res.json({ problems });
});

ordersRouter.get('/posts/discussed', async (req, res) => {
  const found = await db.select().from(posts).where(eq(posts.authorId, String(req.query.author))).limit(50);
  const everyDiscussed = found.every(async (post) => (await db.$count(comments, eq(comments.postId, post.id))) > 0); // expect: query-in-loop
  res.json({ everyDiscussed });
});

/** The first candidate decides: the loop body always returns. */
ordersRouter.get('/orders/next', async (req, res) => {
  const candidates = String(req.query.ids ?? '').split(',');
  for (const id of candidates) {
    const order = await db.query.orders.findFirst({ where: eq(orders.id, id) }); // ok: query-in-loop -- the loop returns on its first iteration
    res.json(order ?? null);
    return;
  }
  res.status(404).end();
});
