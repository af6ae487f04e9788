import { PrismaClient } from '@prisma/client';

export const prisma = new PrismaClient({ accelerateUrl: process.env.ACCELERATE_URL ?? 'prisma://localhost' });
