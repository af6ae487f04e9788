import { createCache } from 'cache-manager';

export const APP_CACHE = 'APP_CACHE';

export const cacheProvider = { provide: APP_CACHE, useFactory: () => createCache({ ttl: 5 * 60_000 }) };
