import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { chunk, sleep } from '../lib/util';
import { findProduct, findProducts, stockOf } from '../repositories/product-repository';
import { UserRepository } from '../repositories/user-repository';
import * as schema from '../schema';
import { orderItems, orders, stock, type NewOrderItem, type Order } from '../schema';

export interface CartLine {
  productId: string;
  quantity: number;
}

export class OrderService {
  private readonly users: UserRepository;

  constructor(private readonly db: NodePgDatabase<typeof schema>) {
    this.users = new UserRepository(db);
  }

  async place(buyerId: string, lines: CartLine[]): Promise<Order> {
    const [order] = await this.db.insert(orders).values({ buyerId }).returning();
    for (let i = 0; i < lines.length; i++) {
      await this.db.insert(orderItems).values({ orderId: order.id, productId: lines[i].productId, quantity: lines[i].quantity }); // expect: query-in-loop
    }
    return order;
  }

  /** One multi-row insert per chunk of 500 lines. */
  async importLines(orderId: string, lines: CartLine[]): Promise<void> {
    for (const part of chunk(lines, 500)) {
      const rows: NewOrderItem[] = part.map((line) => ({ orderId, productId: line.productId, quantity: line.quantity }));
      await this.db.insert(orderItems).values(rows); // ok: query-in-loop -- bulk insert of an array of rows
    }
  }

  async quote(lines: CartLine[]): Promise<number> {
    let total = 0;
    for (const line of lines) {
      const product = await findProduct(line.productId); // expect: query-in-loop
      total += (product?.price ?? 0) * line.quantity;
    }
    return total;
  }

  async quoteBatched(lines: CartLine[]): Promise<number> {
    const found = await findProducts(lines.map((line) => line.productId));
    const price = new Map(found.map((product) => [product.id, product.price]));
    return lines.reduce((sum, line) => sum + (price.get(line.productId) ?? 0) * line.quantity, 0); // ok: query-in-loop -- reduce over rows already loaded
  }

  async availability(lines: CartLine[]): Promise<boolean[]> {
    return Promise.all(lines.map(async (line) => (await stockOf(line.productId)) >= line.quantity)); // expect: query-in-loop
  }

  async promote(userIds: string[]): Promise<void> {
    for (const id of userIds) {
      await this.users.setRole(id, 'vip'); // expect: query-in-loop
    }
  }

  async promoteBatched(userIds: string[]): Promise<void> {
    for (const ids of chunk(userIds, 1000)) {
      await this.db.update(schema.users).set({ role: 'vip' }).where(inArray(schema.users.id, ids)); // ok: query-in-loop -- chunked inArray update
    }
  }

  async reserve(lines: CartLine[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const line of lines) {
        await tx // expect: query-in-loop
          .update(stock)
          .set({ quantity: sql`${stock.quantity} - ${line.quantity}` })
          .where(eq(stock.productId, line.productId));
      }
    });
  }

  /** One UPDATE ... SET quantity = CASE ... for every line: the CASE branches are built in the loop. */
  async reserveBatched(lines: CartLine[]): Promise<void> {
    const branches: SQL[] = lines.map((line) => sql`when ${stock.productId} = ${line.productId} then ${stock.quantity} - ${line.quantity}`); // ok: query-in-loop -- SQL fragments, no I/O
    await this.db
      .update(stock)
      .set({ quantity: sql`case ${sql.join(branches, sql` `)} else ${stock.quantity} end` })
      .where(inArray(stock.productId, lines.map((line) => line.productId)));
  }

  async confirm(orderId: string): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await this.db.update(orders).set({ status: 'CONFIRMED' }).where(eq(orders.id, orderId)); // ok: query-in-loop -- retry loop
        return;
      } catch {
        await sleep(50 * (attempt + 1));
      }
    }
  }

  async totalsByStatus(buyerId: string): Promise<Record<string, number>> {
    const totals: Record<string, number> = {};
    for (const status of ['NEW', 'PAID', 'SHIPPED']) {
      totals[status] = await this.db.$count(orders, and(eq(orders.buyerId, buyerId), eq(orders.status, status))); // ok: query-in-loop -- three fixed statuses
    }
    return totals;
  }

  /** Per-status counts as columns of one query; only the column expressions are built in the loop. */
  async totalsByStatusBatched(statuses: string[]): Promise<Record<string, number>> {
    const columns: Record<string, SQL<number>> = {};
    for (const status of statuses) {
      columns[status] = sql<number>`count(*) filter (where ${orders.status} = ${status})`.mapWith(Number); // ok: query-in-loop -- SQL fragment, no I/O
    }
    const [row] = await this.db.select(columns).from(orders);
    return row ?? {};
  }
}
