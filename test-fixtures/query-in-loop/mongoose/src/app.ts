import express from 'express';
import mongoose from 'mongoose';
import { ordersRouter } from './routes/orders.routes';

export async function start() {
  await mongoose.connect(process.env.MONGO_URL ?? 'mongodb://localhost:27017/blog');
  const app = express();
  app.use(express.json());
  app.use(ordersRouter);
  app.listen(Number(process.env.PORT ?? 3000));
}
