import got from 'got';
import { inventory } from '../clients/inventory';
import type { Stock } from '../types';

export async function stockFor(skus: string[]): Promise<Stock[]> {
  const result: Stock[] = [];
  for (const sku of skus) {
    result.push(await inventory.get(`stock/${sku}`).json<Stock>()); // expect: query-in-loop
  }
  return result;
}

export async function reserveAll(lines: Array<{ sku: string; quantity: number }>): Promise<void> {
  await Promise.all(
    lines.map(async (line) => {
      await inventory.post(`stock/${line.sku}/reservations`, { json: { quantity: line.quantity } }); // expect: query-in-loop
    }),
  );
}

export function anyOutOfStock(skus: string[]): Promise<boolean> {
  return skus.reduce<Promise<boolean>>(async (found, sku) => {
    if (await found) return true;
    const stock = await got(`http://inventory.internal/v1/stock/${sku}`).json<Stock>(); // expect: query-in-loop
    return stock.available === 0;
  }, Promise.resolve(false));
}

/** got's paginate follows the Link header itself. */
export async function allStock(): Promise<Stock[]> {
  return inventory.paginate.all<Stock>('stock', { searchParams: { limit: 500 } }); // ok: query-in-loop -- got paginates, not a loop of ours
}

export async function stockBatched(skus: string[]): Promise<Stock[]> {
  return inventory.post('stock/batch', { json: { skus } }).json<Stock[]>(); // ok: query-in-loop -- one batch request
}
