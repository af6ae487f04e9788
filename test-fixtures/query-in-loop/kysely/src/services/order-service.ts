import { sql, type Kysely } from 'kysely';
import type { Database, NewOrderItem, Order } from '../database';
import { chunk, sleep } from '../lib/util';
import { findProduct, findProducts, stockOf } from '../repositories/product-repository';
import { UserRepository } from '../repositories/user-repository';

export interface CartLine {
  productId: string;
  quantity: number;
}

export class OrderService {
  private readonly users: UserRepository;

  constructor(private readonly db: Kysely<Database>) {
    this.users = new UserRepository(db);
  }

  async place(buyerId: string, lines: CartLine[]): Promise<Order> {
    const order = await this.db.insertInto('orders').values({ buyer_id: buyerId }).returningAll().executeTakeFirstOrThrow();
    for (let i = 0; i < lines.length; i++) {
      await this.db // expect: query-in-loop
        .insertInto('order_items')
        .values({ order_id: order.id, product_id: lines[i].productId, quantity: lines[i].quantity })
        .execute();
    }
    return order;
  }

  /** One multi-row insert per chunk of 500 lines. */
  async importLines(orderId: string, lines: CartLine[]): Promise<void> {
    for (const part of chunk(lines, 500)) {
      const rows: NewOrderItem[] = part.map((line) => ({ order_id: orderId, product_id: line.productId, quantity: line.quantity }));
      await this.db.insertInto('order_items').values(rows).execute(); // ok: query-in-loop -- bulk insert of an array of rows
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
      await this.db.updateTable('users').set({ role: 'vip' }).where('id', 'in', ids).execute(); // ok: query-in-loop -- chunked in-list update
    }
  }

  async reserve(lines: CartLine[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const line of lines) {
        await trx // expect: query-in-loop
          .updateTable('stock')
          .set((eb) => ({ quantity: eb('quantity', '-', line.quantity) }))
          .where('product_id', '=', line.productId)
          .execute();
      }
    });
  }

  async confirm(orderId: string): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await this.db.updateTable('orders').set({ status: 'CONFIRMED' }).where('id', '=', orderId).execute(); // ok: query-in-loop -- retry loop
        return;
      } catch {
        await sleep(50 * (attempt + 1));
      }
    }
  }

  async totalsByStatus(buyerId: string): Promise<Record<string, number>> {
    const totals: Record<string, number> = {};
    for (const status of ['NEW', 'PAID', 'SHIPPED']) {
      const row = await this.db // ok: query-in-loop -- three fixed statuses
        .selectFrom('orders')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('buyer_id', '=', buyerId)
        .where('status', '=', status)
        .executeTakeFirst();
      totals[status] = Number(row?.n ?? 0);
    }
    return totals;
  }

  /** Line totals, one raw statement per order. */
  async orderTotals(orderIds: string[]): Promise<Map<string, number>> {
    const totals = new Map<string, number>();
    for (const orderId of orderIds) {
      const result = await sql<{ total: number }>`select coalesce(sum(oi.quantity * p.price), 0)::int as total from order_items oi join products p on p.id = oi.product_id where oi.order_id = ${orderId}`.execute(this.db); // expect: query-in-loop
      totals.set(orderId, result.rows[0]?.total ?? 0);
    }
    return totals;
  }

  async orderTotalsBatched(orderIds: string[]): Promise<Map<string, number>> {
    const totals = new Map<string, number>();
    for (const ids of chunk(orderIds, 1000)) {
      const result = await sql<{ order_id: string; total: number }>`select oi.order_id, sum(oi.quantity * p.price)::int as total from order_items oi join products p on p.id = oi.product_id where oi.order_id = any(${ids}) group by oi.order_id`.execute(this.db); // ok: query-in-loop -- chunked = any batch
      for (const row of result.rows) totals.set(row.order_id, row.total);
    }
    return totals;
  }
}
