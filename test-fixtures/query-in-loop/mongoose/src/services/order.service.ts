import { Types } from 'mongoose';
import { IOrderItem, Order, OrderStatus, Product } from '../models/order.model';
import { User } from '../models/user.model';
import { addCredits } from '../repositories/user.repository';

export async function cancelOrder(orderId: string) {
  await Order.updateOne({ _id: orderId, status: { $ne: 'shipped' } }, { $set: { status: 'cancelled' } });
}

export async function markShipped(orderIds: string[]) {
  const orders = await Order.find({ _id: { $in: orderIds } }).limit(orderIds.length);
  for (const order of orders) {
    order.status = 'shipped';
    await order.save(); // expect: query-in-loop
  }
  return orders.length;
}

export async function markPaidBatched(orderIds: string[]) {
  await Order.updateMany({ _id: { $in: orderIds } }, { $set: { status: 'paid' } }); // ok: query-in-loop -- one updateMany with $in
}

export function releaseStock(items: IOrderItem[]) {
  items.forEach(async (item) => {
    await Product.updateOne({ _id: item.productId }, { $inc: { stock: item.quantity } }); // expect: query-in-loop
  });
}

export async function releaseStockBatched(items: IOrderItem[]) {
  await Product.bulkWrite(
    items.map((item) => ({ updateOne: { filter: { _id: item.productId }, update: { $inc: { stock: item.quantity } } } })), // ok: query-in-loop -- builds bulkWrite operations, no I/O
  );
}

export async function cancelAll(orderIds: string[]) {
  const pending = [...orderIds];
  if (pending.length === 0) return;
  do {
    const id = pending.pop()!;
    await Order.findByIdAndUpdate(id, { $set: { status: 'cancelled' } }); // expect: query-in-loop
  } while (pending.length > 0);
}

export async function refundCustomers(orderIds: string[]) {
  const orders = await Order.find({ _id: { $in: orderIds } }).lean();
  for (let i = 0; i < orders.length; i++) {
    await addCredits(orders[i].customerId, orders[i].total); // expect: query-in-loop
  }
}

export async function reserveStock(productId: string, quantity: number) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const updated = await Product.findOneAndUpdate( // ok: query-in-loop -- retry with a small fixed bound
      { _id: productId, stock: { $gte: quantity } },
      { $inc: { stock: -quantity } },
      { new: true },
    );
    if (updated) return updated;
    await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
  }
  throw new Error(`not enough stock for ${productId}`);
}

export async function statusSummary() {
  const summary: Partial<Record<OrderStatus, number>> = {};
  for (const status of ['pending', 'paid', 'shipped', 'cancelled'] as const) {
    summary[status] = await Order.countDocuments({ status }); // ok: query-in-loop -- four fixed statuses, not per data item
  }
  return summary;
}

export async function importProducts(rows: Array<{ sku: string; name: string; price: number }>) {
  for (let start = 0; start < rows.length; start += 500) {
    await Product.insertMany(rows.slice(start, start + 500)); // ok: query-in-loop -- bulk insert per chunk of 500
  }
}

export async function referralCounts(userIds: Types.ObjectId[]) {
  return userIds.reduce<Promise<Record<string, number>>>(async (previous, id) => {
    const counts = await previous;
    counts[String(id)] = await User.countDocuments({ referrerId: id }); // expect: query-in-loop
    return counts;
  }, Promise.resolve({}));
}
