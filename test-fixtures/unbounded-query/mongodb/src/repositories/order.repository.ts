import { ObjectId } from 'mongodb';
import { OrderDoc, orders } from '../db';

export interface OrderQuery {
  status?: OrderDoc['status'];
  limit?: number;
}

/** Every order a customer ever placed. */
export async function ordersOfCustomer(customerId: string) {
  const cursor = orders.find({ customerId: new ObjectId(customerId) }).sort({ createdAt: -1 });
  return cursor.toArray(); // expect: unbounded-query
}

export async function recentOrders(query: OrderQuery) {
  let cursor = orders.find(query.status ? { status: query.status } : {});
  cursor = cursor.sort({ createdAt: -1 });
  cursor = cursor.limit(Math.min(query.limit ?? 50, 200));
  return cursor.toArray(); // ok: unbounded-query -- limit applied on every path
}

/** The limit is only applied when the caller passes one. */
export async function ordersByStatus(query: OrderQuery) {
  let cursor = orders.find({ status: query.status ?? 'open' });
  if (query.limit) cursor = cursor.limit(query.limit);
  return cursor.toArray(); // expect: unbounded-query
}

export async function openOrderTotals() {
  // batchSize() only changes the round trips, not how many documents come back
  return orders.find({ status: 'open' }).batchSize(500).map((order) => order.total).toArray(); // expect: unbounded-query
}

export async function orderCount(customerId: string) {
  return orders.countDocuments({ customerId: new ObjectId(customerId) }); // ok: unbounded-query -- aggregate count
}

export async function markShipped(ids: string[]) {
  return orders.updateMany({ _id: { $in: ids.map((id) => new ObjectId(id)) } }, { $set: { status: 'shipped' } }); // ok: unbounded-query -- write, returns no rows
}
