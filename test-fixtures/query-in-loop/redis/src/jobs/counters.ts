import type { RedisClientType } from 'redis';

/** A worker that gets its own connection passed in. */
export async function resetCounters(redis: RedisClientType, ids: string[]): Promise<void> {
  for (const id of ids) {
    await redis.del(`counter:${id}`); // expect: query-in-loop
  }
}

export async function readCounters(redis: RedisClientType, ids: string[]): Promise<number[]> {
  const values = await redis.mGet(ids.map((id) => `counter:${id}`)); // ok: query-in-loop -- one MGET
  return values.map((value) => Number(value ?? 0));
}
