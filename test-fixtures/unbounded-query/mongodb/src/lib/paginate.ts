import type { Request } from 'express';
import type { Document, FindCursor } from 'mongodb';

export const PAGE_SIZE = 25;

/** Applies skip/limit from the request to a find cursor. */
export function paginate<T extends Document>(cursor: FindCursor<T>, req: Request): FindCursor<T> {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Math.min(100, Number(req.query.size ?? PAGE_SIZE));
  return cursor.skip((page - 1) * size).limit(size);
}
