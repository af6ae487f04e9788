import type { FindManyOptions, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export interface ListQuery {
  page?: string;
  limit?: string;
  sort?: 'new' | 'old';
  tag?: string;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function pageSize(query: ListQuery): number {
  return Math.min(Math.max(Number(query.limit) || DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
}

/** `{ take, skip }` for find options, from ?page=&limit= (always bounded). */
export function paginate(query: ListQuery): { take: number; skip: number } {
  const take = pageSize(query);
  const page = Math.max(Number(query.page) || 1, 1);
  return { take, skip: (page - 1) * take };
}

/** Sort order only: no limit in here. */
export function sortBy(query: ListQuery): { order: { createdAt: 'ASC' | 'DESC' } } {
  return { order: { createdAt: query.sort === 'old' ? 'ASC' : 'DESC' } };
}

/** Sets take/skip on an options object that is built elsewhere. */
export function applyPaging<T>(options: FindManyOptions<T>, query: ListQuery): void {
  const { take, skip } = paginate(query);
  options.take = take;
  options.skip = skip;
}

/** Pages a query builder. */
export function paged<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery): SelectQueryBuilder<T> {
  const { take, skip } = paginate(query);
  return qb.take(take).skip(skip);
}
