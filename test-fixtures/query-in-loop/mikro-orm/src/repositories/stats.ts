import type { EntityManager } from '@mikro-orm/postgresql';
import { Sale } from '../entities/sale.entity';

/** Units sold of one book, with a query builder. */
export async function unitsSold(em: EntityManager, bookId: number): Promise<number> {
  const row = await em.createQueryBuilder(Sale, 's').select('sum(s.quantity) as units').where({ book: bookId }).execute('get');
  return Number((row as { units?: string } | undefined)?.units ?? 0);
}

export function formatCents(cents: number): string {
  return `$${(cents / 100).toFixed(2)}`;
}
