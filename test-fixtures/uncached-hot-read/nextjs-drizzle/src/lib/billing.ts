import { taxRateFor } from './tax';

export interface Cart {
  region: string;
  lines: Array<{ sku: string; amount: number }>;
}

export async function totals(cart: Cart): Promise<{ net: number; gross: number }> {
  const net = cart.lines.reduce((sum, line) => sum + line.amount, 0);
  return { net, gross: Math.round(net * (1 + (await taxRateFor(cart.region)))) };
}
