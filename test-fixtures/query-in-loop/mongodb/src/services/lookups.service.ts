import { products } from '../db';

/** One findOne per SKU: the fix loads them all with `$in` and `toArray()` before the loop. */
export async function priceList(skus: string[]): Promise<Record<string, number>> {
  const prices: Record<string, number> = {};
  for (const sku of skus) {
    const product = await products.findOne({ sku }); // expect: query-in-loop
    if (product) prices[sku] = product.price;
  }
  return prices;
}

/** A projection and a second condition: not the plain shape, so no fix. */
export async function inStock(skus: string[]): Promise<string[]> {
  const available: string[] = [];
  for (const sku of skus) {
    const product = await products.findOne({ sku, stock: { $gt: 0 } }); // expect: query-in-loop
    if (product) available.push(product.sku);
  }
  return available;
}
