import type { FindOptions } from '@mikro-orm/core';

export interface ListQuery {
  page?: string;
  limit?: string;
  sort?: 'due' | 'new';
}

const DEFAULT_PAGE_SIZE = 30;
const MAX_PAGE_SIZE = 200;

/** `{ limit, offset }` from ?page=&limit=, clamped. */
export function paginate(query: ListQuery): { limit: number; offset: number } {
  const limit = Math.min(Math.max(Number(query.limit) || DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const page = Math.max(Number(query.page) || 1, 1);
  return { limit, offset: (page - 1) * limit };
}

/** Sort order only. */
export function ordering(query: ListQuery): { orderBy: { dueAt: 'asc' } | { createdAt: 'desc' } } {
  return { orderBy: query.sort === 'due' ? { dueAt: 'asc' } : { createdAt: 'desc' } };
}

/** Sets limit/offset on options built elsewhere. */
export function applyPaging<T extends object>(options: FindOptions<T>, query: ListQuery): void {
  const { limit, offset } = paginate(query);
  options.limit = limit;
  options.offset = offset;
}
