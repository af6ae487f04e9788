import type { Request } from 'express';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface Page {
  take: number;
  skip: number;
}

/** Page size and offset from `?limit=&page=`, always bounded. */
export function paginate(req: Request): Page {
  const take = Math.min(Number(req.query.limit) || DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const page = Math.max(Number(req.query.page) || 1, 1);
  return { take, skip: (page - 1) * take };
}

/** Adds a bounded page to any findMany arguments. */
export function withPage<T extends object>(args: T, req: Request): T & Page {
  return { ...args, ...paginate(req) };
}

/** Sorting only: says nothing about how many rows come back. */
export function sortBy(req: Request): { orderBy: { createdAt: 'asc' | 'desc' } } {
  return { orderBy: { createdAt: req.query.order === 'asc' ? 'asc' : 'desc' } };
}
