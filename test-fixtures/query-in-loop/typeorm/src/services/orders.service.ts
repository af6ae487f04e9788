import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { Order, OrderStatus } from '../entities/order.entity';
import { Product } from '../entities/product.entity';
import { User } from '../entities/user.entity';
import { chunk } from '../util';
import { currentPrice, lineTotal } from './pricing';
import { UsersService } from './users.service';

export interface CartLine {
  productId: number;
  quantity: number;
}

@Injectable()
export class OrdersService {
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectRepository(Product) private readonly products: Repository<Product>,
    private readonly usersService: UsersService,
    private readonly dataSource: DataSource,
  ) {}

  async setStatus(id: number, status: OrderStatus): Promise<void> {
    await this.orders.update({ id }, { status });
  }

  countByStatus(status: OrderStatus): Promise<number> {
    return this.orders.countBy({ status });
  }

  /** Parallel N+1 through another service: one user SELECT per order. */
  async recentWithBuyers(): Promise<Array<Order & { buyer: User | null }>> {
    const orders = await this.orders.find({ where: { status: 'paid' }, order: { id: 'DESC' }, take: 50 });
    return Promise.all(
      orders.map(async (order) => ({
        ...order,
        buyer: await this.usersService.findById(order.userId), // expect: query-in-loop
      })),
    );
  }

  /** Batched: one SELECT ... WHERE id IN (...), then Map lookups. */
  async recentWithBuyersBatched(): Promise<Array<Order & { buyer: User | undefined }>> {
    const orders = await this.orders.find({ where: { status: 'paid' }, order: { id: 'DESC' }, take: 50 });
    const buyers = await this.usersService.findManyById(orders.map((order) => order.userId));
    const byId = new Map(buyers.map((buyer) => [buyer.id, buyer]));
    return orders.map((order) => ({ ...order, buyer: byId.get(order.userId) })); // ok: query-in-loop -- Map lookup, no I/O
  }

  /** A price query per cart line, through a helper in another file. */
  async cartTotal(lines: CartLine[]): Promise<number> {
    let total = 0;
    for (const line of lines) {
      const unitPrice = await currentPrice(this.products, line.productId); // expect: query-in-loop
      total += lineTotal(unitPrice, line.quantity);
    }
    return total;
  }

  /** Sequential reduce with a query builder per product. */
  async revenueByProduct(productIds: number[]): Promise<Record<number, number>> {
    return productIds.reduce(async (pending, productId) => {
      const acc = await pending;
      const row = await this.orders.createQueryBuilder('o') // expect: query-in-loop
        .select('SUM(o.total)', 'revenue')
        .where('o.productId = :productId', { productId })
        .getRawOne<{ revenue: string | null }>();
      acc[productId] = Number(row?.revenue ?? 0);
      return acc;
    }, Promise.resolve({} as Record<number, number>));
  }

  /** Stock levels for many products, one query per chunk of 1000 ids. */
  async stockLevels(productIds: number[]): Promise<Map<number, number>> {
    const levels = new Map<number, number>();
    for (const ids of chunk(productIds, 1000)) {
      const rows = await this.products.createQueryBuilder('p').whereInIds(ids).getMany(); // ok: query-in-loop -- whereInIds: one query per chunk
      for (const product of rows) levels.set(product.id, product.stock);
    }
    return levels;
  }

  /** Cancels stale orders, one UPDATE ... IN (...) per chunk. */
  async cancelStale(ids: number[]): Promise<void> {
    for (const part of chunk(ids, 500)) {
      await this.orders.createQueryBuilder().update(Order).set({ status: 'cancelled' }).where('id IN (:...ids)', { ids: part }).execute(); // ok: query-in-loop -- IN (:...ids): one UPDATE per chunk
    }
  }

  /** Products for many SKUs in pages of 1000. */
  async productsBySku(skus: string[]): Promise<Product[]> {
    const found: Product[] = [];
    for (const part of chunk(skus, 1000)) {
      found.push(...(await this.products.findBy({ sku: In(part) }))); // ok: query-in-loop -- In(part): one query per chunk
    }
    return found;
  }

  /** Checkout: one decrement per line, inside a transaction (still N round trips). */
  async checkout(userId: number, lines: CartLine[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (const line of lines) {
        await manager.decrement(Product, { id: line.productId }, 'stock', line.quantity); // expect: query-in-loop
      }
      await manager.insert(
        Order,
        lines.map((line) => ({ userId, productId: line.productId, quantity: line.quantity, total: 0, status: 'pending' as const })),
      );
    });
  }

  /** A do...while over the lines: one UPDATE per line. */
  async restock(lines: CartLine[]): Promise<void> {
    if (lines.length === 0) return;
    let index = 0;
    do {
      const line = lines[index];
      await this.products.increment({ id: line.productId }, 'stock', line.quantity); // expect: query-in-loop
      index++;
    } while (index < lines.length);
  }

  /** Ships a queue of orders one UPDATE at a time. */
  async shipAll(orderIds: number[]): Promise<void> {
    const queue = [...orderIds];
    while (queue.length > 0) {
      const id = queue.shift()!;
      await this.orders.update({ id }, { status: 'shipped' }); // expect: query-in-loop
    }
  }

  /** Offset pagination: each page's offset comes from the previous page. */
  async exportAll(write: (rows: Order[]) => void): Promise<void> {
    let skip = 0;
    let page: Order[];
    do {
      page = await this.orders.find({ order: { id: 'ASC' }, skip, take: 500 }); // ok: query-in-loop -- pagination: the next query depends on the previous page
      write(page);
      skip += page.length;
    } while (page.length === 500);
  }
}
