import type { Kysely } from 'kysely';
import type { Database, Order } from '../database';

export interface OrderFilter {
  status?: string;
  buyerId?: string;
  limit?: number;
}

export class OrderRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Filters assembled across statements, then always capped. */
  async search(filter: OrderFilter): Promise<Order[]> {
    let query = this.db.selectFrom('orders').selectAll();
    if (filter.status) query = query.where('status', '=', filter.status);
    if (filter.buyerId) query = query.where('buyer_id', '=', filter.buyerId);
    query = query.orderBy('id').limit(Math.min(filter.limit ?? 50, 200));
    return await query.execute(); // ok: unbounded-query -- the reassigned builder always gets .limit()
  }

  /** The same builder, but capped only when the caller passes a limit. */
  async export(filter: OrderFilter): Promise<Order[]> {
    let query = this.db.selectFrom('orders').selectAll();
    if (filter.status) query = query.where('status', '=', filter.status);
    if (filter.limit) query = query.limit(filter.limit);
    return await query.execute(); // expect: unbounded-query
  }

  /** Reassigned across statements, never capped. */
  async ofBuyer(buyerId: string, status?: string): Promise<Order[]> {
    let query = this.db.selectFrom('orders').selectAll().where('buyer_id', '=', buyerId);
    if (status) query = query.where('status', '=', status);
    query = query.orderBy('id', 'desc');
    return query.execute(); // expect: unbounded-query
  }

  ordersOfEmail(email: string) {
    return this.db // expect: unbounded-query
      .selectFrom('orders')
      .innerJoin('users', 'users.id', 'orders.buyer_id')
      .select(['orders.id', 'orders.status'])
      .where('users.email', '=', email)
      .execute();
  }

  countByStatus() {
    return this.db.selectFrom('orders').select((eb) => ['status', eb.fn.countAll<number>().as('total')]).groupBy('status').execute(); // ok: unbounded-query -- GROUP BY with aggregates only
  }

  async cancel(id: string): Promise<void> {
    await this.db.updateTable('orders').set({ status: 'CANCELLED' }).where('id', '=', id).execute(); // ok: unbounded-query -- a write
  }
}
