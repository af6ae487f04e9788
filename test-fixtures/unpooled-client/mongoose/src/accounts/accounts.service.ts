import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { Connection, Model } from 'mongoose';
import { MONGO_URL } from '../connections';
import { tenantUri } from '../tenants/tenant-connections';
import { Account, AccountDocument, AccountSchema } from './account.schema';

export const LEDGER_CONNECTION = 'LEDGER_CONNECTION';

@Injectable()
export class AccountsService implements OnModuleInit {
  private readonly audit: Connection;
  private reporting?: Connection;

  constructor(
    @InjectModel(Account.name) private readonly accounts: Model<AccountDocument>,
    @Inject(LEDGER_CONNECTION) private readonly ledger: Connection,
  ) {
    this.audit = mongoose.createConnection(process.env.AUDIT_MONGO_URL ?? MONGO_URL); // ok: unpooled-client -- constructor of an @Injectable() provider, a singleton
  }

  async onModuleInit(): Promise<void> {
    this.reporting = await mongoose.createConnection(process.env.REPORTING_MONGO_URL ?? MONGO_URL).asPromise(); // ok: unpooled-client -- onModuleInit runs once at startup
  }

  async balance(ownerId: string): Promise<number> {
    const account = await this.accounts.findOne({ ownerId }).lean();
    await this.audit.collection('reads').insertOne({ ownerId, at: new Date() });
    return account?.balance ?? 0;
  }

  /** Copies one tenant's accounts to its own cluster. */
  async exportTenant(tenantId: string): Promise<number> {
    const target = mongoose.createConnection(tenantUri(tenantId)); // expect: unpooled-client
    try {
      const TenantAccount = target.model(Account.name, AccountSchema);
      const rows = await this.accounts.find({ ownerId: new RegExp(`^${tenantId}:`) }).limit(10_000).lean();
      await TenantAccount.insertMany(rows);
      return rows.length;
    } finally {
      await target.close();
    }
  }

  async ledgerTotal(): Promise<number> {
    const [row] = await this.ledger.collection('entries').aggregate<{ total: number }>([{ $group: { _id: null, total: { $sum: '$amount' } } }]).toArray();
    return row?.total ?? 0;
  }

  async reportingSnapshot(): Promise<number> {
    return (await this.reporting?.collection('snapshots').countDocuments()) ?? 0;
  }
}
