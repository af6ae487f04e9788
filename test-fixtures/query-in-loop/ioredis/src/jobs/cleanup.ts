import { redis } from '../redis';

/** Deletes expired carts, one SCAN page at a time. */
export async function purgeCarts(): Promise<number> {
  let deleted = 0;
  for await (const keys of redis.scanStream({ match: 'cart:*', count: 500 })) { // ok: query-in-loop -- streaming SCAN
    const batch = keys as string[];
    if (batch.length > 0) deleted += await redis.unlink(...batch); // ok: query-in-loop -- one UNLINK per SCAN page
  }
  return deleted;
}

/** Walks the keyspace with a manual cursor: each SCAN needs the cursor the previous one returned. */
export async function countSessions(): Promise<number> {
  let cursor = '0';
  let count = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', 'session:*', 'COUNT', 1000); // ok: query-in-loop -- cursor pagination
    cursor = next;
    count += keys.length;
  } while (cursor !== '0');
  return count;
}
