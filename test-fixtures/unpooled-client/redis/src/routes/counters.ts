import { Router } from 'express';
import redis from 'redis';

export const countersRouter = Router();

// A namespace import: `redis.createClient()` is the same factory.
export const shared = redis.createClient({ url: process.env.REDIS_URL }); // ok: unpooled-client -- module top level

countersRouter.post('/counters/:name', async (req, res) => {
  const client = redis.createClient({ url: process.env.REDIS_URL }); // expect: unpooled-client
  await client.connect();
  res.json({ value: await client.incr(`counter:${req.params.name}`) });
  await client.quit();
});
