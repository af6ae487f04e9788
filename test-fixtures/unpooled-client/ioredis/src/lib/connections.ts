import Redis from 'ioredis';
import { REDIS_URL, regional } from '../redis';

/** A connection for blocking commands (BLPOP and friends); the caller must quit() it. */
export function createBlockingConnection(): Redis {
  return new Redis(REDIS_URL, { maxRetriesPerRequest: null, enableReadyCheck: false }); // ok: unpooled-client -- factory: the calls to createBlockingConnection are judged instead
}

let subscriber: Redis | undefined;

/** Pub/sub needs its own connection; one for the process, made on first use. */
export function getSubscriber(): Redis {
  subscriber ??= new Redis(REDIS_URL); // ok: unpooled-client -- lazy singleton (??=)
  return subscriber;
}

const regionClients = new Map<string, Redis>();

/** Regions configured at start-up are in `regional`; new ones get a client on first use. */
export function redisForRegion(region: string): Redis {
  const known = regional.get(region);
  if (known) return known;
  let client = regionClients.get(region);
  if (!client) {
    client = new Redis({ host: `cache.${region}.internal`, port: 6379 }); // ok: unpooled-client -- cached in a module-level Map per region
    regionClients.set(region, client);
  }
  return client;
}
