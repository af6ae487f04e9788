import { PrismaClient } from '@prisma/client';

/**
 * The usual Next.js / hot-reload guard: reuse the client stashed on globalThis so that every
 * reload of this module does not open a new pool.
 */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db = globalForPrisma.prisma ?? new PrismaClient({ accelerateUrl: process.env.ACCELERATE_URL ?? 'prisma://localhost' }); // ok: unpooled-client -- top-level globalThis singleton

if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = db;

declare global {
  // eslint-disable-next-line no-var
  var auditPrisma: PrismaClient | undefined;
}

/** The audit database, created on first use and kept on globalThis. */
export function auditDb(): PrismaClient {
  globalThis.auditPrisma ??= new PrismaClient({ accelerateUrl: process.env.AUDIT_ACCELERATE_URL ?? 'prisma://audit' }); // ok: unpooled-client -- lazy globalThis singleton
  return globalThis.auditPrisma;
}
