import got from 'got';

export const inventory = got.extend({
  prefixUrl: process.env.INVENTORY_URL ?? 'http://inventory.internal/v1',
  timeout: { request: 3_000 },
  retry: { limit: 1 },
});
