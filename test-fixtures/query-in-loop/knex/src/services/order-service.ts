import type { Knex } from 'knex';
import { chunk, sleep } from '../lib/util';
import { findProduct, findProducts, stockOf } from '../repositories/product-repository';
import { UserRepository } from '../repositories/user-repository';
import type { OrderItemRow, OrderRow } from '../types';

export interface CartLine {
  productId: string;
  quantity: number;
}

export class OrderService {
  private readonly users: UserRepository;

  constructor(private readonly db: Knex) {
    this.users = new UserRepository(db);
  }

  async place(buyerId: string, lines: CartLine[]): Promise<OrderRow> {
    const [order] = await this.db<OrderRow>('orders').insert({ buyer_id: buyerId, status: 'NEW' }).returning('*');
    for (let i = 0; i < lines.length; i++) {
      await this.db('order_items').insert({ order_id: order.id, product_id: lines[i].productId, quantity: lines[i].quantity }); // expect: query-in-loop
    }
    return order;
  }

  /** One multi-row insert per chunk of 500 lines. */
  async importLines(orderId: string, lines: CartLine[]): Promise<void> {
    for (const part of chunk(lines, 500)) {
      await this.db('order_items').insert(part.map((line) => ({ order_id: orderId, product_id: line.productId, quantity: line.quantity }))); // ok: query-in-loop -- bulk insert of an array
    }
  }

  async importLinesWithBatchInsert(orderId: string, lines: CartLine[]): Promise<void> {
    await this.db.batchInsert('order_items', lines.map((line) => ({ order_id: orderId, product_id: line.productId, quantity: line.quantity })), 500); // ok: query-in-loop -- batchInsert, and the map callback does no I/O
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
    const products = await findProducts(lines.map((line) => line.productId));
    const price = new Map(products.map((product) => [product.id, product.price]));
    return lines.reduce((sum, line) => sum + (price.get(line.productId) ?? 0) * line.quantity, 0); // ok: query-in-loop -- reduce over rows already loaded, no I/O
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
      await this.db('users').whereIn('id', ids).update({ role: 'vip' }); // ok: query-in-loop -- chunked whereIn update
    }
  }

  async reserve(lines: CartLine[]): Promise<void> {
    await this.db.transaction(async (trx) => {
      for (const line of lines) {
        await trx('stock').where({ product_id: line.productId }).decrement('quantity', line.quantity); // expect: query-in-loop
      }
    });
  }

  async confirm(orderId: string): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await this.db('orders').where({ id: orderId }).update({ status: 'CONFIRMED' }); // ok: query-in-loop -- retry loop
        return;
      } catch {
        await sleep(50 * (attempt + 1));
      }
    }
  }

  async totalsByStatus(buyerId: string): Promise<Record<string, number>> {
    const totals: Record<string, number> = {};
    for (const status of ['NEW', 'PAID', 'SHIPPED']) {
      const row = await this.db('orders').where({ buyer_id: buyerId, status }).count<{ n: string }[]>({ n: '*' }).first(); // ok: query-in-loop -- three fixed statuses
      totals[status] = Number(row?.n ?? 0);
    }
    return totals;
  }

  async itemsWithBuyers(orderIds: string[]): Promise<Array<OrderItemRow & { buyer_email: string }>> {
    const items = await this.db<OrderItemRow>('order_items').whereIn('order_id', orderIds);
    const result: Array<OrderItemRow & { buyer_email: string }> = [];
    for (const item of items) {
      const buyer = await this.db('orders') // expect: query-in-loop
        .join('users', 'users.id', 'orders.buyer_id')
        .where('orders.id', item.order_id)
        .first<{ email: string }>('users.email');
      result.push({ ...item, buyer_email: buyer?.email ?? '' });
    }
    return result;
  }
}
