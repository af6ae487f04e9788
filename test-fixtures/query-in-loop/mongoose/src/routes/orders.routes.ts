import { Router } from 'express';
import type { Request, Response } from 'express';
import { cancelOrder, markShipped, statusSummary } from '../services/order.service';
import { feedWithAuthors, relatedByTags } from '../services/feed.service';

export const ordersRouter = Router();

ordersRouter.post('/orders/cancel', async (req: Request, res: Response) => {
  const ids: string[] = req.body.ids ?? [];
  for (const id of ids) {
    await cancelOrder(id); // expect: query-in-loop
  }
  res.sendStatus(204);
});

ordersRouter.post('/orders/ship', async (req: Request, res: Response) => {
  res.json({ shipped: await markShipped(req.body.ids ?? []) });
});

ordersRouter.get('/orders/summary', async (_req: Request, res: Response) => {
  res.json(await statusSummary());
});

ordersRouter.get('/feed', async (req: Request, res: Response) => {
  const limit = Math.min(Number(req.query.limit ?? 20), 100);
  res.json(await feedWithAuthors(limit));
});

ordersRouter.get('/related', async (req: Request, res: Response) => {
  const tags = String(req.query.tags ?? '').split(',').filter(Boolean);
  res.json(await relatedByTags(tags, 20));
});
