import type { Request } from 'express';
import type { Query } from 'mongoose';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function pageParams(req: Request): { page: number; size: number } {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Math.min(MAX_PAGE_SIZE, Math.max(1, Number(req.query.size ?? DEFAULT_PAGE_SIZE)));
  return { page, size };
}

/** Applies skip/limit from the request to any find query. */
export function paginate<R, D>(query: Query<R, D>, req: Request): Query<R, D> {
  const { page, size } = pageParams(req);
  return query.skip((page - 1) * size).limit(size);
}
