import { getRepository } from 'typeorm';
import { AppDataSource } from '../data-source';
import { Order } from '../entities/order.entity';
import { Product } from '../entities/product.entity';
import { User } from '../entities/user.entity';
import { chunk, sleep } from '../util';

/** Recomputes order totals with raw SQL, one SELECT and one UPDATE per order. */
export async function recomputeTotals(orderIds: number[]): Promise<void> {
  const orderRepository = AppDataSource.getRepository(Order);
  for (const id of orderIds) {
    const [row] = await AppDataSource.query('SELECT SUM(l.quantity * l.price) AS total FROM order_lines l WHERE l.order_id = $1', [id]); // expect: query-in-loop
    await orderRepository.update({ id }, { total: Number(row.total) }); // expect: query-in-loop
  }
}

/** Prices for many products with = ANY($1), one query per chunk. */
export async function pricesById(ids: number[]): Promise<Map<number, number>> {
  const prices = new Map<number, number>();
  for (const part of chunk(ids, 1000)) {
    const rows: Array<{ id: number; price: string }> = await AppDataSource.query('SELECT id, price FROM products WHERE id = ANY($1)', [part]); // ok: query-in-loop -- = ANY($1): one query per chunk
    for (const row of rows) prices.set(row.id, Number(row.price));
  }
  return prices;
}

/** Validates SKUs with the legacy global getRepository(), one lookup per SKU. */
export async function unknownSkus(skus: string[]): Promise<string[]> {
  const unknown: string[] = [];
  const checks = skus.map(async (sku) => {
    const exists = await getRepository(Product).existsBy({ sku }); // expect: query-in-loop
    if (!exists) unknown.push(sku);
  });
  await Promise.all(checks);
  return unknown;
}

/** Iterates over the rows of one query: the query is in the iterable and runs once. */
export async function nightlyDigest(): Promise<string[]> {
  const lines: string[] = [];
  for (const user of await AppDataSource.manager.find(User, { where: { active: true }, take: 1000 })) { // ok: query-in-loop -- one query in the iterable, runs once
    lines.push(`${user.name} <${user.email}>`);
  }
  return lines;
}

/** Retries a flaky lookup three times. */
export async function findUserWithRetry(id: number): Promise<User | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await AppDataSource.getRepository(User).findOneBy({ id }); // ok: query-in-loop -- retry loop bounded by 3 attempts
    } catch {
      await sleep(100 * 2 ** attempt);
    }
  }
  return null;
}

/** Looks up the account of the first address given: the body always returns. */
export async function accountForAddresses(emails: string[]): Promise<User | null> {
  for (const email of emails.filter((candidate) => candidate.includes('@'))) {
    return AppDataSource.manager.findOneBy(User, { email: email.toLowerCase() }); // ok: query-in-loop -- the body always returns, so it runs at most once
  }
  return null;
}
