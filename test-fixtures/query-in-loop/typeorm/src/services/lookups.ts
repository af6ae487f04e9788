import { AppDataSource } from '../data-source';
import { Order } from '../entities/order.entity';
import { Product } from '../entities/product.entity';
import { User } from '../entities/user.entity';

const products = AppDataSource.getRepository(Product);
const users = AppDataSource.getRepository(User);

/** One SELECT per order line: the fix loads every product with `In` before the loop. */
export async function orderTotals(orders: Order[]): Promise<number[]> {
  const totals: number[] = [];
  for (const order of orders) {
    const product = await products.findOne({ where: { id: order.productId } }); // expect: query-in-loop
    totals.push(product ? product.price * order.quantity : 0);
  }
  return totals;
}

/** Parallel N+1 by a unique column. */
export async function productsBySku(skus: string[]): Promise<Array<Product | null>> {
  const found = await Promise.all(skus.map((sku) => products.findOneBy({ sku }))); // expect: query-in-loop
  return found;
}

/** Two conditions in the lookup: no in-list rewrite keeps its meaning simply, so no fix. */
export async function activeUsers(ids: number[]): Promise<User[]> {
  const result: User[] = [];
  for (const id of ids) {
    const user = await users.findOneBy({ id, active: true }); // expect: query-in-loop
    if (user) result.push(user);
  }
  return result;
}

/** The loop writes what later lookups read: loading before the loop would change what they see. */
export async function touchUsers(ids: number[]): Promise<void> {
  for (const id of ids) {
    const user = await users.findOneBy({ id }); // expect: query-in-loop
    if (user) await users.save({ ...user, active: true }); // expect: query-in-loop
  }
}

/** Two loops of one function: the second batch gets names of its own. */
export async function countKnown(buyerIds: number[], sellerIds: number[]): Promise<number> {
  let count = 0;
  for (const id of buyerIds) {
    const user = await users.findOneBy({ id }); // expect: query-in-loop
    if (user) count++;
  }
  for (let i = 0; i < sellerIds.length; i++) {
    const user = await users.findOneBy({ id: sellerIds[i] }); // expect: query-in-loop
    if (user) count++;
  }
  return count;
}

/** An index loop over `items[i]` properties. */
export async function lineProducts(orders: Order[]): Promise<Array<Product | null>> {
  const result: Array<Product | null> = [];
  for (let i = 0; i < orders.length; i++) {
    result.push(await products.findOneBy({ id: orders[i].productId })); // expect: query-in-loop
  }
  return result;
}
