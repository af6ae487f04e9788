import { createClient } from 'redis';

/** The shared node-redis client; connected once at start-up by connectRedis(). */
export const client = createClient({ url: process.env.REDIS_URL ?? 'redis://localhost:6379' });

client.on('error', (error: Error) => {
  console.error('redis error', error);
});

export type Cache = typeof client;

export async function connectRedis(): Promise<void> {
  if (!client.isOpen) await client.connect();
}

export const sessionKey = (id: string): string => `session:${id}`;
export const flagKey = (name: string): string => `flag:${name}`;

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
