import { MongoClient } from 'mongodb';
import type { Db } from 'mongodb';
import { MONGO_URL } from '../db';

let analyticsClient: MongoClient | undefined;

/** The analytics cluster: connected on first use, reused after that (the Next.js pattern). */
export async function analyticsDb(): Promise<Db> {
  if (!analyticsClient) {
    analyticsClient = new MongoClient(process.env.ANALYTICS_MONGO_URL ?? MONGO_URL); // ok: unpooled-client -- lazy singleton in a module-level variable
    await analyticsClient.connect();
  }
  return analyticsClient.db('analytics');
}

const tenantClients = new Map<string, MongoClient>();

/** Each tenant lives on its own cluster; one client per tenant for the life of the process. */
export function tenantClient(tenantId: string): MongoClient {
  let tenant = tenantClients.get(tenantId);
  if (!tenant) {
    tenant = new MongoClient(`mongodb+srv://${tenantId}.cluster.example.net`); // ok: unpooled-client -- cached in a module-level Map per tenant
    tenantClients.set(tenantId, tenant);
  }
  return tenant;
}

/** A client for the archive cluster; callers own it and must close it. */
export function createArchiveClient(): MongoClient {
  return new MongoClient(process.env.ARCHIVE_MONGO_URL ?? MONGO_URL, { readPreference: 'secondaryPreferred' }); // ok: unpooled-client -- factory: the calls to createArchiveClient are judged instead
}

/** Runs `work` against a database with a client opened and closed around it. */
export async function withDatabase<T>(name: string, work: (database: Db) => Promise<T>): Promise<T> {
  const scoped = new MongoClient(MONGO_URL); // expect: unpooled-client
  await scoped.connect();
  try {
    return await work(scoped.db(name));
  } finally {
    await scoped.close();
  }
}
