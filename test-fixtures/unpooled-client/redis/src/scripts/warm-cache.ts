import { createClient } from 'redis';

void (async () => {
  const redis = createClient({ url: process.env.REDIS_URL }); // ok: unpooled-client -- top-level IIFE of a one-off script
  await redis.connect();
  await redis.set('flags:checkout-v2', '1');
  await redis.set('flags:dark-mode', '0');
  await redis.quit();
})();
