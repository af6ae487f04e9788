import type { Request } from 'express';
import type { Knex } from 'knex';

export const PAGE_SIZE = 20;

/** Applies limit/offset from the request to a select. */
export function paginate<TRecord extends {}, TResult>(query: Knex.QueryBuilder<TRecord, TResult>, req: Request): Knex.QueryBuilder<TRecord, TResult> {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Math.min(100, Number(req.query.size ?? PAGE_SIZE));
  return query.limit(size).offset((page - 1) * size);
}
