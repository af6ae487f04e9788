import { Controller, Delete, Get, Param } from '@nestjs/common';
import { Cluster } from 'ioredis';
import { CacheService } from './cache.service';

@Controller('cache')
export class CacheController {
  constructor(private readonly cache: CacheService) {}

  @Get(':key')
  get(@Param('key') key: string): Promise<unknown> {
    return this.cache.get(key);
  }

  @Delete('tenants/:host')
  flush(@Param('host') host: string): Promise<number> {
    return this.cache.flushTenant(host);
  }

  @Get('cluster/info')
  async clusterInfo(): Promise<string> {
    const cluster = new Cluster([{ host: 'cache-0.internal', port: 6379 }]); // expect: unpooled-client
    try {
      return await cluster.cluster('INFO');
    } finally {
      cluster.disconnect();
    }
  }
}
