import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function whole(ids: string[]) {
  for (const id of ids) {
    await prisma.user.findUnique({ where: { id } });
  }
}
