import { eq } from 'drizzle-orm';
import { db } from '../db';
import { products, users } from '../schema';

/** One SELECT per email, taking the first row: the fix loads them all with `inArray` before the loop. */
export async function userNames(emails: string[]): Promise<string[]> {
  const names: string[] = [];
  for (const email of emails) {
    const [user] = await db.select().from(users).where(eq(users.email, email)); // expect: query-in-loop
    names.push(user?.name ?? email);
  }
  return names;
}

/** The relational query form. */
export async function productNames(ids: string[]): Promise<string[]> {
  const names: string[] = [];
  for (const id of ids) {
    const product = await db.query.products.findFirst({ where: eq(products.id, id) }); // expect: query-in-loop
    names.push(product?.name ?? id);
  }
  return names;
}
