import type { PrismaClient } from '@prisma/client';

export class StockRepository {
  constructor(private readonly db: PrismaClient) {}

  async reserve(productId: string, quantity: number): Promise<void> {
    await this.db.stock.updateMany({ where: { productId }, data: { quantity: { decrement: quantity } } });
  }

  async available(productIds: string[]): Promise<Map<string, number>> {
    const rows = await this.db.stock.findMany({ where: { productId: { in: productIds } } });
    return new Map(rows.map((row) => [row.productId, row.quantity]));
  }
}
