import { Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { tenantDataSource } from '../database/data-sources';
import { User } from '../entities/user.entity';
import { UsersService } from './users.service';

@Controller('users')
export class UsersController {
  constructor(private readonly usersService: UsersService) {}

  @Get(':id')
  findOne(@Param('id', ParseIntPipe) id: number): Promise<User | null> {
    return this.usersService.findById(id);
  }

  @Get('legacy/lookup')
  legacy(@Query('email') email: string): Promise<unknown> {
    return this.usersService.findLegacyMember(email);
  }

  @Post(':id/deactivate')
  deactivate(@Param('id', ParseIntPipe) id: number): Promise<void> {
    return this.usersService.deactivate(id, 0);
  }

  @Get('stats/active')
  countActive(): Promise<number> {
    return this.usersService.countActive();
  }

  @Get('stats/schemas')
  async schemaSizes(): Promise<unknown[]> {
    const admin = new DataSource({ type: 'postgres', url: process.env.ADMIN_DATABASE_URL }); // expect: unpooled-client
    await admin.initialize();
    const rows = await admin.query('SELECT schema_name FROM information_schema.schemata');
    await admin.destroy();
    return rows;
  }

  @Get('tenants/:tenant')
  async tenantUsers(@Param('tenant') tenant: string): Promise<User[]> {
    const source = await tenantDataSource(tenant); // ok: unpooled-client -- Map-cached per tenant
    return source.getRepository(User).find({ take: 50 });
  }
}
