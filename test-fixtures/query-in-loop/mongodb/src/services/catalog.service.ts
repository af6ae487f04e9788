import { AnyBulkWriteOperation, ObjectId } from 'mongodb';
import { ProductDoc, db, products, reviews } from '../db';

export interface CartLine {
  sku: string;
  quantity: number;
}

export async function priceCart(lines: CartLine[]) {
  let total = 0;
  for (const line of lines) {
    const product = await products.findOne({ sku: line.sku }); // expect: query-in-loop
    if (product) total += product.price * line.quantity;
  }
  return total;
}

export async function priceCartBatched(lines: CartLine[]) {
  const found = await products.find({ sku: { $in: lines.map((line) => line.sku) } }).toArray(); // ok: query-in-loop -- one $in query for every line
  const bySku = new Map(found.map((product) => [product.sku, product]));
  return lines.reduce((sum, line) => sum + (bySku.get(line.sku)?.price ?? 0) * line.quantity, 0); // ok: query-in-loop -- Map lookups, no I/O
}

export async function productsWithReviews(productIds: ObjectId[]) {
  const result = [];
  for (let i = 0; i < productIds.length; i++) {
    const productReviews = await reviews.find({ productId: productIds[i] }).limit(20).toArray(); // expect: query-in-loop
    result.push({ productId: productIds[i], reviews: productReviews });
  }
  return result;
}

export async function restock(deliveries: Array<{ sku: string; quantity: number }>) {
  const operations: AnyBulkWriteOperation<ProductDoc>[] = [];
  for (const delivery of deliveries) {
    operations.push({ updateOne: { filter: { sku: delivery.sku }, update: { $inc: { stock: delivery.quantity } } } }); // ok: query-in-loop -- queues a bulk operation, no I/O
  }
  await products.bulkWrite(operations); // ok: query-in-loop -- one bulkWrite after the loop
}

export async function importCatalog(rows: Array<Omit<ProductDoc, '_id'>>) {
  for (let start = 0; start < rows.length; start += 1000) {
    await products.insertMany(rows.slice(start, start + 1000).map((row) => ({ ...row, _id: new ObjectId() }))); // ok: query-in-loop -- bulk insert per chunk
  }
}

export async function updatePrices(priceBySku: Record<string, number>) {
  for (const sku in priceBySku) {
    await products.updateOne({ sku }, { $set: { price: priceBySku[sku] } }); // expect: query-in-loop
  }
}

export async function collectionSizes() {
  const sizes: Record<string, number> = {};
  for (const name of ['products', 'customers', 'orders', 'reviews']) {
    sizes[name] = await db.collection(name).estimatedDocumentCount(); // ok: query-in-loop -- four fixed collections
  }
  return sizes;
}

export async function allProductsByPage(pageSize: number) {
  const all: ProductDoc[] = [];
  let lastId: ObjectId | null = null;
  while (true) {
    const page: ProductDoc[] = await products.find(lastId ? { _id: { $gt: lastId } } : {}).sort({ _id: 1 }).limit(pageSize).toArray(); // ok: query-in-loop -- keyset pagination, each page depends on the last
    if (page.length === 0) break;
    all.push(...page);
    lastId = page[page.length - 1]._id;
  }
  return all;
}

export async function averageRatings(productIds: ObjectId[]) {
  const ratings = await reviews
    .aggregate<{ _id: ObjectId; average: number }>([
      { $match: { productId: { $in: productIds } } },
      { $group: { _id: '$productId', average: { $avg: '$rating' } } },
    ])
    .toArray(); // ok: query-in-loop -- one aggregation for every product
  return new Map(ratings.map((rating) => [rating._id.toHexString(), rating.average]));
}
