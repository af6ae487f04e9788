import { Module } from '@nestjs/common';
import Redis from 'ioredis';
import { REDIS_URL } from '../redis';
import { CacheController } from './cache.controller';
import { CacheService } from './cache.service';
import { RATE_LIMIT_REDIS, REDIS } from './tokens';

@Module({
  controllers: [CacheController],
  providers: [
    CacheService,
    {
      provide: REDIS,
      useFactory: () => new Redis(REDIS_URL, { keyPrefix: 'app:' }), // ok: unpooled-client -- Nest provider factory, runs once
    },
    {
      provide: RATE_LIMIT_REDIS,
      useFactory: async () => {
        const client = new Redis(process.env.RATE_LIMIT_REDIS_URL ?? REDIS_URL, { lazyConnect: true }); // ok: unpooled-client -- Nest provider factory, runs once
        await client.connect();
        return client;
      },
    },
  ],
  exports: [CacheService, REDIS],
})
export class CacheModule {}
