import { Controller, Get, Param, Post } from '@nestjs/common';
import mongoose from 'mongoose';
import { MONGO_URL } from '../connections';
import { AccountsService } from './accounts.service';

@Controller('accounts')
export class AccountsController {
  constructor(private readonly accountsService: AccountsService) {}

  @Get(':ownerId/balance')
  balance(@Param('ownerId') ownerId: string): Promise<number> {
    return this.accountsService.balance(ownerId);
  }

  @Post('tenants/:tenantId/export')
  exportTenant(@Param('tenantId') tenantId: string): Promise<number> {
    return this.accountsService.exportTenant(tenantId);
  }

  @Get('health/replica')
  async replicaHealth(): Promise<{ ok: boolean }> {
    const replica = await mongoose.createConnection(process.env.REPLICA_MONGO_URL ?? MONGO_URL).asPromise(); // expect: unpooled-client
    try {
      const pong = await replica.db?.admin().ping();
      return { ok: Boolean(pong) };
    } finally {
      await replica.close();
    }
  }
}
