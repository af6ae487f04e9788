import { prisma, redis } from '../db';
import { findUserById, findUsersByIds } from '../repositories/user-repository';

export class OrderService {
  /** N+1: one user query per order, through the repository in another file. */
  async ordersWithBuyers(limit: number) {
    const orders = await prisma.order.findMany({ take: limit });
    const result = [];
    for (const order of orders) {
      const buyer = await findUserById(order.buyerId);
      result.push({ ...order, buyer });
    }
    return result;
  }

  /** Batched: one query for every buyer, then a Map lookup. */
  async ordersWithBuyersBatched(limit: number) {
    const orders = await prisma.order.findMany({ take: limit });
    const buyers = await findUsersByIds(orders.map((order) => order.buyerId));
    const byId = new Map(buyers.map((buyer) => [buyer.id, buyer]));
    return orders.map((order) => ({ ...order, buyer: byId.get(order.buyerId) }));
  }

  /** N+1 writes, in parallel: floods the connection pool. */
  async markShipped(orderIds: string[]) {
    await Promise.all(orderIds.map((id) => prisma.order.update({ where: { id }, data: { status: 'SHIPPED' } })));
  }

  /** One Redis round trip per product. */
  async cachedPrices(productIds: string[]) {
    const prices: Record<string, string | null> = {};
    for (const id of productIds) {
      prices[id] = await redis.get(`price:${id}`);
    }
    return prices;
  }

  /** Batched: one MGET. */
  async cachedPricesBatched(productIds: string[]) {
    const values = await redis.mget(productIds.map((id) => `price:${id}`));
    return Object.fromEntries(productIds.map((id, i) => [id, values[i]]));
  }
}
