import { MongoClient, ObjectId } from 'mongodb';

export interface ProductDoc {
  _id: ObjectId;
  sku: string;
  name: string;
  category: string;
  price: number;
  stock: number;
}

export interface OrderDoc {
  _id: ObjectId;
  customerId: ObjectId;
  lines: Array<{ sku: string; quantity: number }>;
  status: 'open' | 'paid' | 'shipped';
  total: number;
  createdAt: Date;
}

export interface ReviewDoc {
  _id: ObjectId;
  productId: ObjectId;
  customerId: ObjectId;
  rating: number;
  text: string;
  createdAt: Date;
}

export const client = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');
export const db = client.db('shop');

export const products = db.collection<ProductDoc>('products');
export const orders = db.collection<OrderDoc>('orders');
export const reviews = db.collection<ReviewDoc>('reviews');
