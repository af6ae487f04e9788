import { Schema, Types, model } from 'mongoose';

export interface IOrder {
  userId: Types.ObjectId;
  total: number;
  createdAt: Date;
}

export const Order = model<IOrder>('Order', new Schema<IOrder>({ userId: Schema.Types.ObjectId, total: Number, createdAt: Date }));
