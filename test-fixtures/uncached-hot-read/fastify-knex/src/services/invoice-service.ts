import { db } from '../db';
import { taxRates } from '../lib/tax-rates';

export interface InvoiceLine {
  description: string;
  amount: number;
}

export async function buildInvoice(orderId: string): Promise<{ lines: InvoiceLine[]; total: number }> {
  const order = await db('orders').where({ id: orderId }).first(); // ok: uncached-hot-read -- depends on the request
  const lines: InvoiceLine[] = await db('order_lines').where({ order_id: orderId }).select('description', 'amount');
  const rates = await taxRates();
  const net = lines.reduce((sum, line) => sum + line.amount, 0);
  return { lines, total: Math.round(net * (1 + (rates.get(order?.region) ?? 0))) };
}
