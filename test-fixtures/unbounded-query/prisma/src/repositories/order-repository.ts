import type { Prisma, PrismaClient } from '@prisma/client';

export class OrderRepository {
  constructor(private readonly db: PrismaClient) {}

  /** Every order a buyer ever placed: grows with the customer's history. */
  ordersOf(buyerId: string) {
    return this.db.order.findMany({ where: { buyerId }, orderBy: { id: 'desc' } }); // expect: unbounded-query
  }

  /** The limit is optional: without it the whole table comes back. */
  async search(status: string | undefined, limit: number | undefined) {
    const args: Prisma.OrderFindManyArgs = { where: status ? { status } : {}, orderBy: { id: 'desc' } };
    if (limit) args.take = limit;
    return this.db.order.findMany(args); // expect: unbounded-query
  }

  /** Same shape, but the limit is always set before the query runs. */
  async recent(status: string, limit: number) {
    const args: Prisma.OrderFindManyArgs = { where: { status }, orderBy: { id: 'desc' } };
    args.take = Math.min(limit, 100);
    return this.db.order.findMany(args); // ok: unbounded-query -- take is assigned on every path
  }

  latestOf(buyerId: string, limit: number) {
    const options = { where: { buyerId }, orderBy: { id: 'desc' as const }, take: limit };
    return this.db.order.findMany(options); // ok: unbounded-query -- the options object carries take
  }

  /** skip without take: everything after the offset. */
  exportByStatus(status: string, from: number) {
    const options = { where: { status }, skip: from };
    return this.db.order.findMany(options); // expect: unbounded-query
  }

  byIds(ids: string[]) {
    return this.db.order.findMany({ where: { id: { in: ids } } }); // ok: unbounded-query -- bounded by the input id list
  }

  withItems(id: string) {
    return this.db.order.findUnique({ where: { id }, include: { items: true } }); // expect: unbounded-query
  }

  countByStatus() {
    return this.db.order.groupBy({ by: ['status'], _count: { _all: true } }); // ok: unbounded-query -- aggregate, one row per status
  }

  async cancelStale(ids: string[]): Promise<number> {
    const result = await this.db.order.updateMany({ where: { status: 'NEW', id: { notIn: ids } }, data: { status: 'CANCELLED' } }); // ok: unbounded-query -- a write, returns a count
    return result.count;
  }
}
