import { Order } from '../models/order';
import { vatRate } from './pricing';

export async function quote(userId: string, net: number): Promise<{ net: number; gross: number }> {
  const gross = Math.round(net * (1 + (await vatRate())));
  return { net, gross };
}

export async function placeOrder(userId: string, net: number) {
  const { gross } = await quote(userId, net);
  return Order.create({ userId, total: gross, createdAt: new Date() }); // ok: uncached-hot-read -- a write
}
