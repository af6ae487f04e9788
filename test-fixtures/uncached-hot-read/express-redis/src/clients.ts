import Redis from 'ioredis';
import { Pool } from 'pg';
import { createClient } from 'redis';

/** ioredis: sessions, flags and the query cache. */
export const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');

/** node-redis: the settings hash and the reference-data cache. */
export const cache = createClient({ url: process.env.CACHE_URL ?? 'redis://localhost:6380' });

export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export interface Plan {
  code: string;
  name: string;
  price: number;
}
