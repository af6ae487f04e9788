import { db } from '../db';

export function findProduct(id: string) {
  return db.selectFrom('products').select(['id', 'name', 'price']).where('id', '=', id).executeTakeFirst();
}

export function findProducts(ids: string[]) {
  return db.selectFrom('products').select(['id', 'name', 'price']).where('id', 'in', ids).execute();
}

export async function stockOf(productId: string): Promise<number> {
  const row = await db
    .selectFrom('stock')
    .select((eb) => eb.fn.sum<number>('quantity').as('total'))
    .where('product_id', '=', productId)
    .executeTakeFirst();
  return Number(row?.total ?? 0);
}
