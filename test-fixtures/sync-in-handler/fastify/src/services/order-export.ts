import { compressJson } from '../lib/compress';

interface OrderRow {
  id: string;
  total: number;
  placedAt: string;
}

const orders: OrderRow[] = [];

export async function buildOrderExport(from: string, to: string): Promise<Buffer> {
  const rows = orders.filter((order) => order.placedAt >= from && order.placedAt < to);
  return compressJson(rows);
}
