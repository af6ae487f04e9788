import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { createReportingDataSource } from '../database/data-sources';
import { AuditEntry } from '../entities/audit-entry.entity';
import { User } from '../entities/user.entity';

@Injectable()
export class UsersService implements OnModuleInit {
  private readonly audit: DataSource;
  private replica?: DataSource;

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.audit = new DataSource({ type: 'postgres', url: process.env.AUDIT_URL, entities: [AuditEntry] }); // ok: unpooled-client -- constructor of an @Injectable() provider, a singleton
  }

  async onModuleInit(): Promise<void> {
    await this.audit.initialize();
    this.replica = await new DataSource({ type: 'postgres', url: process.env.REPLICA_URL, entities: [User] }).initialize(); // ok: unpooled-client -- onModuleInit runs once at startup
  }

  findById(id: number): Promise<User | null> {
    return (this.replica?.getRepository(User) ?? this.users).findOneBy({ id });
  }

  /** Looks a member up in the legacy MySQL database. */
  async findLegacyMember(email: string): Promise<unknown> {
    const legacy = new DataSource({ type: 'mysql', url: process.env.LEGACY_URL }); // expect: unpooled-client
    await legacy.initialize();
    try {
      const rows = await legacy.query('SELECT * FROM members WHERE email = ? LIMIT 1', [email]);
      return rows[0] ?? null;
    } finally {
      await legacy.destroy();
    }
  }

  async countActive(): Promise<number> {
    const reporting = await createReportingDataSource().initialize(); // expect: unpooled-client
    try {
      return await reporting.getRepository(User).countBy({ active: true });
    } finally {
      await reporting.destroy();
    }
  }

  async deactivate(id: number, actorId: number): Promise<void> {
    const runner = this.dataSource.createQueryRunner(); // ok: unpooled-client -- a connection checked out of the existing pool, released in finally
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.manager.update(User, { id }, { active: false });
      await runner.manager.insert(AuditEntry, { action: 'deactivate', userId: actorId });
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }
}
