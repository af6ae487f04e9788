import { count, eq, gt, sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type * as schema from '../schema';
import { orders, users, type Order } from '../schema';

export interface OrderFilter {
  status?: string;
  buyerId?: string;
  limit?: number;
}

export class OrderRepository {
  constructor(private readonly db: NodePgDatabase<typeof schema>) {}

  /** Filters assembled across statements, then always capped. */
  async search(filter: OrderFilter): Promise<Order[]> {
    let query = this.db.select().from(orders).$dynamic();
    if (filter.status) query = query.where(eq(orders.status, filter.status));
    query = query.orderBy(orders.id).limit(Math.min(filter.limit ?? 50, 200));
    return await query; // ok: unbounded-query -- the reassigned builder always gets .limit()
  }

  /** The cap only applies when the caller passes one. */
  async export(filter: OrderFilter): Promise<Order[]> {
    let query = this.db.select().from(orders).$dynamic();
    if (filter.buyerId) query = query.where(eq(orders.buyerId, filter.buyerId));
    if (filter.limit) query = query.limit(filter.limit);
    return await query; // expect: unbounded-query
  }

  ordersOfEmail(email: string) {
    return this.db.select({ id: orders.id, status: orders.status }).from(orders).innerJoin(users, eq(users.id, orders.buyerId)).where(eq(users.email, email)); // expect: unbounded-query
  }

  /** Keyset iteration: the caller walks the table 500 rows at a time. */
  nextBatch(afterId: string) {
    return this.db.select().from(orders).where(gt(orders.id, afterId)).orderBy(orders.id).limit(500); // ok: unbounded-query -- keyset page of 500
  }

  countByStatus() {
    return this.db.select({ status: orders.status, total: count() }).from(orders).groupBy(orders.status); // ok: unbounded-query -- GROUP BY with aggregates only
  }

  async openCount(): Promise<number> {
    const [row] = await this.db.select({ total: sql<number>`count(*)` }).from(orders).where(eq(orders.status, 'NEW')); // ok: unbounded-query -- count(*)
    return Number(row?.total ?? 0);
  }

  countOf(buyerId: string): Promise<number> {
    return this.db.$count(orders, eq(orders.buyerId, buyerId)); // ok: unbounded-query -- $count is an aggregate
  }

  async cancel(id: string): Promise<void> {
    await this.db.update(orders).set({ status: 'CANCELLED' }).where(eq(orders.id, id)).returning({ id: orders.id }); // ok: unbounded-query -- a write
  }
}
