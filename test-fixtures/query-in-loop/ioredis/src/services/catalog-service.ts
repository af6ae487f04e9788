import { cacheProduct, getCachedProduct, getCachedProducts } from '../cache/product-cache';
import { productKey, redis, sleep } from '../redis';
import type { CartLine, Product } from '../types';

export class CatalogService {
  /** Cart totals, one cache read per line. */
  async cartTotal(lines: CartLine[]): Promise<number> {
    let total = 0;
    for (const line of lines) {
      const product = await getCachedProduct(line.productId); // expect: query-in-loop
      if (product) total += product.priceCents * line.quantity;
    }
    return total;
  }

  /** Same reads, in parallel: still one GET per id, ioredis sends each on its own. */
  async productsById(ids: string[]): Promise<Array<Product | null>> {
    const raws = await Promise.all(ids.map((id) => redis.get(productKey(id)))); // expect: query-in-loop
    return raws.map((raw) => (raw ? (JSON.parse(raw) as Product) : null)); // ok: query-in-loop -- parsing values already read
  }

  async stockLevels(ids: string[]): Promise<Record<string, number>> {
    const levels: Record<string, number> = {};
    await Promise.all(
      ids.map(async (id) => {
        const stock = await redis.hget('stock', id); // expect: query-in-loop
        levels[id] = Number(stock ?? 0);
      }),
    );
    return levels;
  }

  warm(products: Product[]): void {
    products.forEach((product) => {
      void redis.set(productKey(product.id), JSON.stringify(product), 'EX', 300); // expect: query-in-loop
    });
  }

  async refresh(products: Product[]): Promise<void> {
    await Promise.all(products.map((product) => cacheProduct(product))); // expect: query-in-loop
  }

  /** Per-product view counter: a MULTI per product, so still one round trip each. */
  async recordViews(productIds: string[]): Promise<void> {
    for (const id of productIds) {
      await redis // expect: query-in-loop
        .multi()
        .incr(`views:${id}`)
        .expire(`views:${id}`, 86_400)
        .exec();
    }
  }

  async reserve(lines: CartLine[]): Promise<void> {
    const pending = [...lines];
    while (pending.length > 0) {
      const line = pending.shift()!;
      await redis.hincrby('stock', line.productId, -line.quantity); // expect: query-in-loop
    }
  }

  async cartTotalBatched(lines: CartLine[]): Promise<number> {
    const products = await getCachedProducts(lines.map((line) => line.productId)); // ok: query-in-loop -- one MGET for the whole cart
    return lines.reduce((sum, line) => sum + (products.get(line.productId)?.priceCents ?? 0) * line.quantity, 0); // ok: query-in-loop -- Map lookups, no I/O
  }

  /** Rate-limit counters for a fixed set of windows: three commands, not N. */
  async hit(ip: string): Promise<number[]> {
    const counts: number[] = [];
    for (const window of ['1m', '5m', '1h']) {
      counts.push(await redis.incr(`rate:${window}:${ip}`)); // ok: query-in-loop -- short literal list
    }
    return counts;
  }

  /** Retries one read; it returns on the first success. */
  async getWithRetry(id: string): Promise<string | null> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        return await redis.get(productKey(id)); // ok: query-in-loop -- retry loop, one read
      } catch {
        await sleep(50 * 2 ** attempt);
      }
    }
    return null;
  }

  saveAll(prices: Record<string, number>): Promise<'OK'> {
    return redis.mset(prices); // ok: query-in-loop -- one MSET
  }
}
