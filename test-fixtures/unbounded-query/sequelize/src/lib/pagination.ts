import type { FindOptions, Order } from 'sequelize';

export interface ListQuery {
  page?: string;
  limit?: string;
  sort?: 'new' | 'price';
  category?: string;
}

const DEFAULT_PAGE_SIZE = 25;
const MAX_PAGE_SIZE = 100;

/** `{ limit, offset }` from ?page=&limit=, clamped. */
export function paginate(query: ListQuery): { limit: number; offset: number } {
  const limit = Math.min(Math.max(Number(query.limit) || DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const page = Math.max(Number(query.page) || 1, 1);
  return { limit, offset: (page - 1) * limit };
}

/** Sort order only. */
export function ordering(query: ListQuery): { order: Order } {
  return { order: query.sort === 'price' ? [['priceCents', 'ASC']] : [['createdAt', 'DESC']] };
}

/** Sets limit/offset on options built elsewhere. */
export function applyPaging<T>(options: FindOptions<T>, query: ListQuery): FindOptions<T> {
  const { limit, offset } = paginate(query);
  options.limit = limit;
  options.offset = offset;
  return options;
}
