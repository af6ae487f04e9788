import { MongoClient, ObjectId } from 'mongodb';

export interface ProductDoc {
  _id: ObjectId;
  sku: string;
  name: string;
  price: number;
  stock: number;
}

export interface EventDoc {
  _id?: ObjectId;
  type: string;
  payload: Record<string, unknown>;
  at: Date;
}

export const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://localhost:27017';

export const client = new MongoClient(MONGO_URL, { maxPoolSize: 20 }); // ok: unpooled-client -- module top level, created once
export const db = client.db('shop');
export const products = db.collection<ProductDoc>('products');
