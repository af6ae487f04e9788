import { PrismaClient } from '@prisma/client';

export interface ClientOptions {
  url?: string;
  logQueries?: boolean;
}

/** Builds a client for a given Accelerate URL; callers decide how long it lives. */
export function createPrismaClient(options: ClientOptions = {}): PrismaClient {
  return new PrismaClient({ // ok: unpooled-client -- factory: the calls to createPrismaClient are judged instead
    accelerateUrl: options.url ?? process.env.ACCELERATE_URL ?? 'prisma://localhost',
    log: options.logQueries ? ['query'] : [],
  });
}

/** The read replica, built once when this module loads. */
export const replica = createPrismaClient({ url: process.env.REPLICA_ACCELERATE_URL }); // ok: unpooled-client -- factory called at module top level

let reporting: PrismaClient | undefined;

/** The reporting client, created on first use and reused after that. */
export function reportingClient(): PrismaClient {
  if (!reporting) reporting = createPrismaClient({ url: process.env.REPORTING_ACCELERATE_URL }); // ok: unpooled-client -- lazy singleton around the factory
  return reporting;
}
