import type { User } from '@prisma/client';
import { prisma } from '../db';

export function getUser(id: string): Promise<User | null> {
  return prisma.user.findUnique({ where: { id } });
}
