import { Router } from 'express';
import { sql } from '../db';

export const ordersRouter = Router();

ordersRouter.get('/orders', async (_req, res) => {
  res.json(await sql`SELECT id, total_cents FROM orders ORDER BY created_at DESC`); // expect: unbounded-query
});

ordersRouter.get('/orders/count', async (_req, res) => {
  const [{ count }] = await sql`SELECT count(*) FROM orders`; // ok: unbounded-query -- aggregate
  res.json({ count });
});

ordersRouter.get('/orders/top', async (req, res) => {
  const size = Math.min(Number(req.query.size) || 20, 100);
  res.json(await sql`SELECT id, total_cents FROM orders ORDER BY total_cents DESC FETCH FIRST ${size} ROWS ONLY`); // ok: unbounded-query -- FETCH FIRST
});
