import { createClient } from 'redis';
import type { Cache } from '../client';
import { REDIS_URL } from '../client';

/** A client for another logical database; the caller connects and closes it. */
export function makeClient(database: number): Cache {
  return createClient({ url: REDIS_URL, database }); // ok: unpooled-client -- factory: the calls to makeClient are judged instead
}

let publisher: Cache | undefined;

/** The publisher connection, opened on first use. */
export async function getPublisher(): Promise<Cache> {
  if (!publisher) {
    publisher = createClient({ url: REDIS_URL }); // ok: unpooled-client -- lazy singleton in a module-level variable
    await publisher.connect();
  }
  return publisher;
}

const tenantClients = new Map<string, Cache>();

export async function tenantCache(tenantId: string): Promise<Cache> {
  let cache = tenantClients.get(tenantId);
  if (!cache) {
    cache = createClient({ url: `redis://cache-${tenantId}.internal:6379` }); // ok: unpooled-client -- cached in a module-level Map per tenant
    tenantClients.set(tenantId, cache);
    await cache.connect();
  }
  return cache;
}
