import Redis from 'ioredis';

/** One connection for the whole process; ioredis does not auto-pipeline unless asked to. */
export const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379', {
  maxRetriesPerRequest: 2,
  lazyConnect: false,
});

export const PRODUCT_TTL_SECONDS = 300;

export function productKey(id: string): string {
  return `product:${id}`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
