import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { readJsonFile, stockFilePath } from '../lib/catalog-files';

export interface Product {
  sku: string;
  name: string;
  priceCents: number;
}

export async function productById(id: string): Promise<Product | null> {
  return readJsonFile<Product>(`products/${id}.json`);
}

export function stockFor(sku: string): number | null {
  if (!existsSync(stockFilePath(sku))) return null; // expect: sync-in-handler
  return readJsonFile<{ available: number }>(`stock/${sku}.json`)?.available ?? 0;
}

export async function importProducts(rows: Product[]): Promise<number> {
  const index = JSON.parse(await readFile('/var/data/catalog/index.json', 'utf8')); // ok: sync-in-handler -- fs/promises, async
  for (const row of rows) index[row.sku] = row.name;
  await writeFile('/var/data/catalog/index.json', JSON.stringify(index)); // ok: sync-in-handler -- fs/promises, async
  return rows.length;
}
