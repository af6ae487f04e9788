import { PrismaClient } from '@prisma/client';

/** The process-wide client: one connection pool for every request. */
export const prisma = new PrismaClient({ accelerateUrl: process.env.ACCELERATE_URL ?? 'prisma://localhost' }); // ok: unpooled-client -- module top level, created once
