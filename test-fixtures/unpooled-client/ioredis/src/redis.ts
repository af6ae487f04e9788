import Redis, { Cluster } from 'ioredis';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://localhost:6379';

/** One connection for the whole process. */
export const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 }); // ok: unpooled-client -- module top level, created once

/** One connection per region, all opened when the module loads. */
export const regional = new Map<string, Redis>();
for (const region of (process.env.CACHE_REGIONS ?? 'eu,us').split(',')) {
  regional.set(region, new Redis({ host: `cache.${region}.internal`, port: 6379, lazyConnect: true })); // ok: unpooled-client -- top-level loop, runs once at load
}

/** The session cluster, also created once. */
export const sessions = new Cluster([{ host: 'sessions-0.cache.internal', port: 6379 }], { scaleReads: 'slave' }); // ok: unpooled-client -- module top level, created once
