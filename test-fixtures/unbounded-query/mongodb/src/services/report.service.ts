import { Readable } from 'node:stream';
import { orders, reviews } from '../db';

/** Streams every paid order into a CSV: the whole collection, but one document at a time. */
export function exportPaidOrders(): Readable {
  return orders.find({ status: 'paid' }).stream(); // ok: unbounded-query -- stream, one document at a time
}

export async function revenueSince(since: Date): Promise<number> {
  let revenue = 0;
  for await (const order of orders.find({ createdAt: { $gte: since } })) { // ok: unbounded-query -- cursor iteration
    revenue += order.total;
  }
  return revenue;
}

export async function averageRating(productId: import('mongodb').ObjectId): Promise<number> {
  const cursor = reviews.find({ productId }); // ok: unbounded-query -- consumed with next(), one document at a time
  let sum = 0;
  let count = 0;
  while (await cursor.hasNext()) {
    const review = await cursor.next();
    sum += review?.rating ?? 0;
    count += 1;
  }
  return count ? sum / count : 0;
}

export async function negativeReviews() {
  return reviews.find({ rating: { $lte: 2 } }).skip(0).project({ text: 1, rating: 1 }).toArray(); // expect: unbounded-query
}
