import type { User } from '../models';
import { rateFor } from './tax';

export async function invoicePreview(user: User, net: number): Promise<{ net: number; gross: number }> {
  const rate = await rateFor(user.region);
  return { net, gross: Math.round(net * (1 + rate)) };
}
