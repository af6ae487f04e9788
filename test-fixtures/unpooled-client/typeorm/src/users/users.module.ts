import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { createReportingDataSource } from '../database/data-sources';
import { AuditEntry } from '../entities/audit-entry.entity';
import { User } from '../entities/user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

export const REPORTING_DATA_SOURCE = 'REPORTING_DATA_SOURCE';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      useFactory: () => ({ type: 'postgres', url: process.env.DATABASE_URL, entities: [User, AuditEntry] }),
      dataSourceFactory: async (options) => new DataSource(options!).initialize(), // ok: unpooled-client -- Nest data source factory, runs once
    }),
    TypeOrmModule.forFeature([User, AuditEntry]),
  ],
  controllers: [UsersController],
  providers: [
    UsersService,
    {
      provide: REPORTING_DATA_SOURCE,
      useFactory: () => createReportingDataSource().initialize(), // ok: unpooled-client -- factory called from a Nest provider factory, runs once
    },
  ],
})
export class UsersModule {}
