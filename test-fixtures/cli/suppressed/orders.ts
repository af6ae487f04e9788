import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function stockFor(productIds: string[]) {
  const result = [];
  for (const productId of productIds) {
    // hotpath-disable-next-line query-in-loop -- at most 3 products per order, measured
    result.push(await prisma.stock.findFirst({ where: { productId } }));
  }
  for (const productId of productIds) {
    result.push(await prisma.stock.findFirst({ where: { productId } })); // hotpath-disable-line query-in-loop
  }
  for (const productId of productIds) {
    result.push(await prisma.stock.findFirst({ where: { productId } })); // hotpath-disable-line unbounded-query
  }
  return result;
}
