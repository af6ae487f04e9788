import express from 'express';
import { cache, redis } from './clients';
import { api } from './routes/api';

export const app = express();
app.use(express.json());

/** Feature flags, fetched from Redis before every request. */
app.use(async (_req, res, next) => {
  const raw = await redis.get('feature-flags'); // expect: uncached-hot-read
  res.locals.flags = raw ? JSON.parse(raw) : {};
  await redis.incr('stats:requests'); // ok: uncached-hot-read -- a write (counter)
  next();
});

app.use('/api', api);

async function main(): Promise<void> {
  await cache.connect();
  const flags = await redis.get('feature-flags'); // ok: uncached-hot-read -- main(), runs once at startup
  console.log(`flags at startup: ${flags ?? 'none'}`);
  app.listen(Number(process.env.PORT ?? 3000));
}

void main();
