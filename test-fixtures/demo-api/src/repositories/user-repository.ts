import { prisma } from '../db';

export async function findUserById(id: string) {
  return prisma.user.findUnique({ where: { id } });
}

export async function findUsersByIds(ids: string[]) {
  return prisma.user.findMany({ where: { id: { in: ids } } });
}
