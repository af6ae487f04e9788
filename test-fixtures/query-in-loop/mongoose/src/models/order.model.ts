import { Schema, Types, model } from 'mongoose';

export type OrderStatus = 'pending' | 'paid' | 'shipped' | 'cancelled';

export interface IOrderItem {
  productId: Types.ObjectId;
  quantity: number;
  unitPrice: number;
}

export interface IOrder {
  customerId: Types.ObjectId;
  items: IOrderItem[];
  status: OrderStatus;
  total: number;
}

const orderSchema = new Schema<IOrder>(
  {
    customerId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    items: [{ productId: { type: Schema.Types.ObjectId, ref: 'Product' }, quantity: Number, unitPrice: Number }],
    status: { type: String, enum: ['pending', 'paid', 'shipped', 'cancelled'], default: 'pending' },
    total: { type: Number, required: true },
  },
  { timestamps: true },
);

export const Order = model<IOrder>('Order', orderSchema);

export interface IProduct {
  sku: string;
  name: string;
  stock: number;
  price: number;
}

const productSchema = new Schema<IProduct>({
  sku: { type: String, required: true, unique: true },
  name: String,
  stock: { type: Number, default: 0 },
  price: Number,
});

export const Product = model<IProduct>('Product', productSchema);
