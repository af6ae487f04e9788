import { ObjectId } from 'mongodb';
import { client, customers } from '../db';
import { addLoyaltyPoints, loadCustomer } from '../repositories/customer.repository';
import { OrderRepository } from '../repositories/order.repository';

const orders = new OrderRepository(client.db('shop'));

export async function awardPoints(since: Date) {
  const cursor = orders.cursorSince(since);
  while (await cursor.hasNext()) { // ok: query-in-loop -- steps through one cursor
    const order = await cursor.next(); // ok: query-in-loop -- steps through one cursor
    if (!order) break;
    await addLoyaltyPoints(order.customerId, Math.floor(order.total)); // expect: query-in-loop
  }
}

export async function receiptEmails(since: Date) {
  const emails: string[] = [];
  for await (const order of orders.cursorSince(since)) { // ok: query-in-loop -- one cursor, iterated
    const customer = await customers.findOne({ _id: order.customerId }); // expect: query-in-loop
    if (customer) emails.push(customer.email);
  }
  return emails;
}

export async function customerNames(ids: ObjectId[]) {
  const names: string[] = [];
  let i = 0;
  while (i < ids.length) {
    const customer = await loadCustomer(ids[i]); // expect: query-in-loop
    names.push(customer?.name ?? 'unknown');
    i++;
  }
  return names;
}

export async function customerNamesBatched(ids: ObjectId[]) {
  const found = await customers.find({ _id: { $in: ids } }, { projection: { name: 1 } }).toArray(); // ok: query-in-loop -- one $in query
  for (const customer of found) {
    customer.name = customer.name.trim(); // ok: query-in-loop -- rows of one query, no I/O
  }
  return found;
}

export async function claimReward(customerId: ObjectId, cost: number) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const result = await customers.updateOne({ _id: customerId, loyaltyPoints: { $gte: cost } }, { $inc: { loyaltyPoints: -cost } }); // ok: query-in-loop -- retry with a small fixed bound
    if (result.modifiedCount === 1) return true;
  }
  return false;
}

export async function openOrdersPerCustomer(customerIds: ObjectId[]) {
  const lists = await Promise.all(customerIds.map((id) => orders.openOrdersOf(id))); // expect: query-in-loop
  return lists.flat();
}
