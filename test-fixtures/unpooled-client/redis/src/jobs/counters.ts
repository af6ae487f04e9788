import { createClient } from 'redis';
import { REDIS_URL } from '../client';

/** Moves one counter from redis into the totals hash. */
export async function flushCounter(name: string): Promise<number> {
  const redis = createClient({ url: REDIS_URL }); // expect: unpooled-client
  await redis.connect();
  const value = Number((await redis.getDel(`counter:${name}`)) ?? 0);
  await redis.hIncrBy('totals', name, value);
  await redis.quit();
  return value;
}

export async function flushAll(names: string[]): Promise<number> {
  let total = 0;
  for (const name of names) total += await flushCounter(name);
  return total;
}

setInterval(async () => {
  const redis = createClient({ url: REDIS_URL }); // expect: unpooled-client
  await redis.connect();
  await redis.zRemRangeByScore('recent', 0, Date.now() - 3600_000);
  await redis.quit();
}, 60_000);
