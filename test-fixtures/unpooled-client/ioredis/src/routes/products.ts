import { Router } from 'express';
import Redis from 'ioredis';
import { createBlockingConnection, getSubscriber, redisForRegion } from '../lib/connections';
import { Redis as MemoryRedis } from '../lib/memory-redis';
import { REDIS_URL, redis } from '../redis';

export const router = Router();

router.get('/products/:id', async (req, res) => {
  const cache = new Redis(REDIS_URL); // expect: unpooled-client
  const cached = await cache.get(`product:${req.params.id}`);
  await cache.quit();
  res.json(cached ? JSON.parse(cached) : null);
});

router.get('/products/:id/cached', async (req, res) => {
  const cached = await redis.get(`product:${req.params.id}`);
  res.json(cached ? JSON.parse(cached) : null);
});

router.post('/exports/next', async (_req, res) => {
  const blocking = createBlockingConnection(); // expect: unpooled-client
  const next = await blocking.blpop('exports:queue', 5);
  blocking.disconnect();
  res.json(next);
});

router.get('/regions/:region/stats', async (req, res) => {
  const regional = redisForRegion(req.params.region); // ok: unpooled-client -- Map-cached per region
  res.json({ keys: await regional.dbsize() });
});

router.post('/cache/invalidate', async (req, res) => {
  await getSubscriber().publish('cache:invalidate', String(req.body.key)); // ok: unpooled-client -- lazy singleton getter
  res.sendStatus(202);
});

router.get('/dev/cache/:key', async (req, res) => {
  const local = new MemoryRedis(); // ok: unpooled-client -- a local in-memory class named Redis, not ioredis
  await local.set(req.params.key, 'warm', 60);
  res.json({ value: await local.get(req.params.key) });
});
