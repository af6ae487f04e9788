import { createClient } from 'redis';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://localhost:6379';

/** The shared node-redis client; connected once at start-up by main(). */
export const client = createClient({ url: REDIS_URL }); // ok: unpooled-client -- module top level, created once

client.on('error', (error: Error) => {
  console.error('redis error', error);
});

export type Cache = typeof client;
