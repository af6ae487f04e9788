import { MongoClient } from 'mongodb';
import type { ProductDoc } from '../db';
import { MONGO_URL, client } from '../db';
import { createArchiveClient } from '../lib/mongo';

export async function findBySku(sku: string): Promise<ProductDoc | null> {
  const mongo = new MongoClient(MONGO_URL); // expect: unpooled-client
  try {
    return await mongo.db('shop').collection<ProductDoc>('products').findOne({ sku });
  } finally {
    await mongo.close();
  }
}

export async function archivedProducts(sku: string): Promise<ProductDoc[]> {
  const archive = createArchiveClient(); // expect: unpooled-client
  try {
    return await archive.db('archive').collection<ProductDoc>('products').find({ sku }).limit(20).toArray();
  } finally {
    await archive.close();
  }
}

export async function catalogFor(tenantDb: string): Promise<ProductDoc[]> {
  const database = client.db(tenantDb); // ok: unpooled-client -- db() picks a database on the shared client
  return database.collection<ProductDoc>('products').find().limit(100).toArray();
}
