import { PrismaClient } from '@prisma/client';

/** A real analytics app's set-up: a primary and a read replica, built once when the module loads. */
const PRISMA = Symbol.for('analytics.prisma');
const globalClients = globalThis as unknown as Record<symbol, PrismaClient | undefined>;

function getClient(): PrismaClient {
  const primary = new PrismaClient({ accelerateUrl: process.env.ACCELERATE_URL ?? 'prisma://primary' }); // ok: unpooled-client -- getClient() runs once, from the module top level
  if (!process.env.REPLICA_URL) {
    globalClients[PRISMA] ??= primary;
    return primary;
  }
  const replica = new PrismaClient({ accelerateUrl: process.env.REPLICA_URL }); // ok: unpooled-client -- getClient() runs once, from the module top level
  void replica.$connect();
  globalClients[PRISMA] ??= primary;
  return primary;
}

// `typeof getClient` names the function in a type: it is not a call.
export const client = (globalClients[PRISMA] || getClient()) as ReturnType<typeof getClient>;
