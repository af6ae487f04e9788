import { Collection, Db, ObjectId } from 'mongodb';
import type { OrderDoc } from '../db';

export class OrderRepository {
  private readonly orders: Collection<OrderDoc>;

  constructor(db: Db) {
    this.orders = db.collection<OrderDoc>('orders');
  }

  findById(id: ObjectId) {
    return this.orders.findOne({ _id: id });
  }

  openOrdersOf(customerId: ObjectId) {
    return this.orders.find({ customerId, status: 'open' }).limit(50).toArray();
  }

  async statuses(ids: ObjectId[]) {
    return Promise.all(ids.map((id) => this.orders.findOne({ _id: id }, { projection: { status: 1 } }))); // expect: query-in-loop
  }

  async statusesBatched(ids: ObjectId[]) {
    const found = await this.orders.find({ _id: { $in: ids } }, { projection: { status: 1 } }).toArray(); // ok: query-in-loop -- one $in query
    const byId = new Map(found.map((order) => [order._id.toHexString(), order.status])); // ok: query-in-loop -- no I/O in the callback
    return ids.map((id) => byId.get(id.toHexString()) ?? null);
  }

  async markPaid(ids: ObjectId[]) {
    for (const id of ids) {
      await this.orders.updateOne({ _id: id }, { $set: { status: 'paid' } }); // expect: query-in-loop
    }
  }

  async markShipped(ids: ObjectId[]) {
    await this.orders.updateMany({ _id: { $in: ids } }, { $set: { status: 'shipped' } }); // ok: query-in-loop -- one updateMany with $in
  }

  cursorSince(since: Date) {
    return this.orders.find({ createdAt: { $gte: since } }).sort({ createdAt: 1 });
  }
}
