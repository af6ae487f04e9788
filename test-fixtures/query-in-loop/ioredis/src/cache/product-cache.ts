import { PRODUCT_TTL_SECONDS, productKey, redis } from '../redis';
import type { Product } from '../types';

/** Reads one product from the cache; the caller decides what to do on a miss. */
export async function getCachedProduct(id: string): Promise<Product | null> {
  const raw = await redis.get(productKey(id));
  return raw ? (JSON.parse(raw) as Product) : null;
}

export async function cacheProduct(product: Product): Promise<void> {
  await redis.set(productKey(product.id), JSON.stringify(product), 'EX', PRODUCT_TTL_SECONDS);
}

/** All products in one MGET. */
export async function getCachedProducts(ids: string[]): Promise<Map<string, Product>> {
  const found = new Map<string, Product>();
  if (ids.length === 0) return found;
  const values = await redis.mget(ids.map(productKey)); // ok: query-in-loop -- one MGET for every key
  for (const raw of values) {
    if (!raw) continue;
    const product = JSON.parse(raw) as Product; // ok: query-in-loop -- parsing the rows of one MGET, no I/O
    found.set(product.id, product);
  }
  return found;
}

/** Writes many products with one pipeline: commands are queued in the loop and sent once. */
export async function cacheProducts(products: Product[]): Promise<void> {
  const pipeline = redis.pipeline();
  for (const product of products) {
    pipeline.set(productKey(product.id), JSON.stringify(product), 'EX', PRODUCT_TTL_SECONDS); // ok: query-in-loop -- queued on a pipeline
  }
  await pipeline.exec(); // ok: query-in-loop -- one round trip after the loop
}
