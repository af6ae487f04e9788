import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { REDIS_URL } from '../redis';
import { REDIS } from './tokens';

@Injectable()
export class CacheService {
  private readonly locks: Redis;

  constructor(@Inject(REDIS) private readonly redis: Redis) {
    this.locks = new Redis(process.env.LOCKS_REDIS_URL ?? REDIS_URL); // ok: unpooled-client -- constructor of an @Injectable() provider, a singleton
  }

  async get<T>(key: string): Promise<T | null> {
    const raw = await this.redis.get(key);
    return raw ? (JSON.parse(raw) as T) : null;
  }

  async set(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    await this.redis.set(key, JSON.stringify(value), 'EX', ttlSeconds);
  }

  async withLock<T>(name: string, work: () => Promise<T>): Promise<T | null> {
    if ((await this.locks.set(`lock:${name}`, '1', 'EX', 30, 'NX')) !== 'OK') return null;
    try {
      return await work();
    } finally {
      await this.locks.del(`lock:${name}`);
    }
  }

  /** Flushes a tenant's keys on the tenant's own instance. */
  async flushTenant(tenantHost: string): Promise<number> {
    const tenant = new Redis({ host: tenantHost, port: 6379 }); // expect: unpooled-client
    try {
      const keys = await tenant.keys('cache:*');
      return keys.length ? await tenant.del(...keys) : 0;
    } finally {
      tenant.disconnect();
    }
  }
}
