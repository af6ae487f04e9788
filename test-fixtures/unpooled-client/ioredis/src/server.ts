import express from 'express';
import Redis from 'ioredis';
import { REDIS_URL } from './redis';
import { router } from './routes/products';

const app = express();
app.use(express.json());
app.use(router);

const localCache = new Map<string, string>();

app.listen(Number(process.env.PORT ?? 3000), () => {
  const invalidations = new Redis(REDIS_URL); // ok: unpooled-client -- app.listen callback runs once at startup
  invalidations.subscribe('cache:invalidate').catch(console.error);
  invalidations.on('message', (_channel: string, key: string) => localCache.delete(key));
});
