import type { Order, OrderItem, Prisma } from '@prisma/client';
import { prisma } from '../db';
import { chunk, sleep } from '../lib/util';
import { StockRepository } from '../repositories/stock-repository';

type OrderWithItems = Order & { items: OrderItem[] };

export class OrderService {
  private readonly stock = new StockRepository(prisma);

  async place(buyerId: string, items: Array<{ productId: string; quantity: number }>): Promise<Order> {
    const order = await prisma.order.create({ data: { buyerId } });
    for (const item of items) {
      await this.stock.reserve(item.productId, item.quantity); // expect: query-in-loop
    }
    await prisma.orderItem.createMany({ data: items.map((item) => ({ ...item, orderId: order.id })) });
    return order;
  }

  /** A createMany per chunk of 500 rows: a bulk write, not N+1. */
  async importItems(orderId: string, items: Array<{ productId: string; quantity: number }>): Promise<void> {
    for (const part of chunk(items, 500)) {
      await prisma.orderItem.createMany({ data: part.map((item) => ({ ...item, orderId })) }); // ok: query-in-loop -- createMany is a bulk insert
    }
  }

  async pricesFor(orders: OrderWithItems[]): Promise<Map<string, number>> {
    const totals = new Map<string, number>();
    for (const order of orders) {
      const products = await Promise.all(
        order.items.map((item) => prisma.product.findFirst({ where: { id: item.productId }, select: { price: true } })), // expect: query-in-loop
      );
      totals.set(order.id, products.reduce((sum, product, i) => sum + (product?.price ?? 0) * order.items[i].quantity, 0));
    }
    return totals;
  }

  async pricesForBatched(orders: OrderWithItems[]): Promise<Map<string, number>> {
    const productIds = [...new Set(orders.flatMap((order) => order.items.map((item) => item.productId)))];
    const products = await prisma.product.findMany({ where: { id: { in: productIds } } });
    const price = new Map(products.map((product) => [product.id, product.price]));
    const totals = new Map<string, number>();
    for (const order of orders) {
      totals.set(order.id, order.items.reduce((sum, item) => sum + (price.get(item.productId) ?? 0) * item.quantity, 0)); // ok: query-in-loop -- loop body does no I/O
    }
    return totals;
  }

  async ship(orderIds: string[]): Promise<void> {
    orderIds.forEach(async (id) => {
      await prisma.order.update({ where: { id }, data: { status: 'SHIPPED' } }); // expect: query-in-loop
    });
  }

  /** All updates in one transaction batch. */
  async cancel(orderIds: string[]): Promise<void> {
    await prisma.$transaction(orderIds.map((id) => prisma.order.update({ where: { id }, data: { status: 'CANCELLED' } }))); // ok: query-in-loop -- $transaction([...]) batch
  }

  async restock(levels: Array<{ productId: string; quantity: number }>): Promise<void> {
    const operations: Prisma.PrismaPromise<unknown>[] = [];
    for (const level of levels) {
      operations.push(prisma.stock.updateMany({ where: { productId: level.productId }, data: { quantity: level.quantity } })); // ok: query-in-loop -- lazy query collected for one $transaction
    }
    await prisma.$transaction(operations);
  }

  /** An interactive transaction is still one round trip per statement. */
  async restockInteractive(levels: Array<{ productId: string; quantity: number }>): Promise<void> {
    await prisma.$transaction(async (tx) => {
      for (const level of levels) {
        await tx.stock.updateMany({ where: { productId: level.productId }, data: { quantity: level.quantity } }); // expect: query-in-loop
      }
    });
  }

  async markPaid(orderId: string): Promise<Order> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        return await prisma.order.update({ where: { id: orderId }, data: { status: 'PAID' } }); // ok: query-in-loop -- retry loop, one request
      } catch (error) {
        await sleep(100 * 2 ** attempt);
      }
    }
    throw new Error(`could not mark ${orderId} paid`);
  }

  async statusCounts(buyerId: string): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const status of ['NEW', 'PAID', 'SHIPPED', 'CANCELLED']) {
      counts[status] = await prisma.order.count({ where: { buyerId, status } }); // ok: query-in-loop -- four fixed statuses, not N
    }
    return counts;
  }

  /** Sum of line totals, awaited one after the other through reduce. */
  async orderValue(items: OrderItem[]): Promise<number> {
    return items.reduce(async (totalSoFar, item) => {
      const total = await totalSoFar;
      const product = await prisma.product.findUnique({ where: { id: item.productId } }); // expect: query-in-loop
      return total + (product?.price ?? 0) * item.quantity;
    }, Promise.resolve(0));
  }
}
