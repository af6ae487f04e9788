import { Router } from 'express';
import Redis from 'ioredis';
import { CatalogService } from '../services/catalog-service';
import { SessionStore } from '../services/session-store';
import { redis } from '../redis';

export const router = Router();
const catalog = new CatalogService();
const sessions = new SessionStore(redis);
const recent = new Map<string, string>();

router.get('/products', async (req, res) => {
  const ids = String(req.query.ids ?? '').split(',').filter(Boolean);
  const cachedIds = ids.filter((id) => recent.has(id)); // ok: query-in-loop -- Map lookup, no I/O
  res.json({ products: await catalog.productsById(ids), cachedIds });
});

router.post('/sessions/touch', async (req, res) => {
  const sessionIds: string[] = req.body.sessionIds ?? [];
  await sessions.touchAll(sessionIds);
  res.sendStatus(204);
});

/** A leaderboard read on a replica: scores for each requested player. */
export async function scores(replica: Redis, players: string[]): Promise<number[]> {
  const result: number[] = [];
  for (const player of players) {
    const score = await replica.zscore('leaderboard', player); // expect: query-in-loop
    result.push(Number(score ?? 0));
  }
  return result;
}
