import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AuditEntry } from './entities/audit-entry.entity';
import { User } from './entities/user.entity';

export const AppDataSource = new DataSource({ // ok: unpooled-client -- module top level, created once
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [User, AuditEntry],
  synchronize: false,
});
