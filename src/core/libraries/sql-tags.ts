import type { LibrarySpec, MemberSpec } from './model';
import { members } from './helpers';

/** A query whose SQL is the call's first argument (a `sql` tagged template, or a string for `unsafe`). */
const sqlQuery: MemberSpec = { op: 'query', sqlArgument: 0, batchedWhen: ['sql-in-list'] };
/** Slonik methods that return at most one row (and throw otherwise): their SQL is a lookup. */
const oneRow: MemberSpec = { op: 'by-key', sqlArgument: 0, batchedWhen: ['sql-in-list'] };

/** postgres.js: `const sql = postgres(url)`, then `await sql\`SELECT ...\``. */
export const postgresJs: LibrarySpec = {
  id: 'postgres.js',
  displayName: 'postgres.js',
  target: 'PostgreSQL',
  modules: ['postgres'],
  exports: {
    default: { value: 'postgresjs.factory' },
    '*': { value: 'postgresjs.factory' },
    Sql: { instance: 'postgresjs.sql' },
    TransactionSql: { instance: 'postgresjs.sql' },
  },
  types: { Sql: 'postgresjs.sql', TransactionSql: 'postgresjs.sql', ReservedSql: 'postgresjs.sql' },
  kinds: {
    // `postgres(url)` opens a pool of connections (lazily, on the first query).
    'postgresjs.factory': { call: { op: 'pool-constructor', returns: 'postgresjs.sql' } },
    'postgresjs.sql': {
      // The tagged template runs when awaited: sql`SELECT ...`.
      call: { ...sqlQuery, lazy: true, returns: 'postgresjs.query' },
      members: {
        unsafe: { ...sqlQuery, lazy: true, returns: 'postgresjs.query' },
        file: { op: 'query', lazy: true },
        begin: { callbackReceives: 'postgresjs.sql' },
        reserve: { returns: 'postgresjs.sql' },
        ...members(['end', 'close'], { disconnects: true }),
        ...members(['listen', 'notify', 'subscribe', 'json', 'array', 'typed'], {}),
      },
      // The pool connects on the first query; listeners on a shared instance would pile up.
      connectsItself: true,
      exclusiveMembers: ['listen', 'subscribe'],
    },
    // A pending query: `.cursor(n, fn)` and `.forEach(fn)` stream its rows instead of loading them.
    'postgresjs.query': {
      members: {
        ...members(['cursor', 'forEach'], { op: 'cursor-step' }),
        ...members(['values', 'raw', 'simple', 'describe', 'execute', 'readable', 'writable'], {}),
      },
    },
  },
  limitAdvice: 'add `LIMIT ${pageSize}` (and an offset or a keyset condition) to the SQL',
  batchAdvice: 'load all rows at once with `WHERE id IN ${sql(ids)}` before the loop, then look them up in a Map',
  writeAdvice: 'write all rows with one `INSERT ... ${sql(rows)}` statement',
};

/** Slonik: `const pool = await createPool(url)`, then `pool.any(sql.type(Row)\`SELECT ...\`)`. */
export const slonik: LibrarySpec = {
  id: 'slonik',
  displayName: 'Slonik',
  target: 'PostgreSQL',
  modules: ['slonik'],
  exports: {
    createPool: { value: 'slonik.pool-factory' },
    sql: { value: 'slonik.sql' },
    DatabasePool: { instance: 'slonik.pool' },
    DatabasePoolConnection: { instance: 'slonik.pool' },
    DatabaseTransactionConnection: { instance: 'slonik.pool' },
    DatabaseConnection: { instance: 'slonik.pool' },
    CommonQueryMethods: { instance: 'slonik.pool' },
  },
  types: {
    DatabasePool: 'slonik.pool',
    DatabasePoolConnection: 'slonik.pool',
    DatabaseTransactionConnection: 'slonik.pool',
    DatabaseConnection: 'slonik.pool',
    CommonQueryMethods: 'slonik.pool',
  },
  kinds: {
    'slonik.pool-factory': { call: { op: 'pool-constructor', returns: 'slonik.pool' } },
    // sql`...`, sql.type(schema)`...`, sql.unsafe`...` build a query token; the pool's methods run it.
    'slonik.sql': {},
    'slonik.pool': {
      members: {
        ...members(['any', 'many', 'anyFirst', 'manyFirst', 'query'], sqlQuery),
        ...members(['one', 'maybeOne', 'oneFirst', 'maybeOneFirst', 'exists'], oneRow),
        stream: { op: 'cursor-step', sqlArgument: 0 },
        ...members(['transaction', 'connect'], { callbackReceives: 'slonik.pool' }),
        end: { disconnects: true },
        ...members(['on', 'state'], {}),
      },
      exclusiveMembers: ['on'],
    },
  },
  limitAdvice: 'add `LIMIT ${pageSize}` (and an offset or a keyset condition) to the SQL',
  batchAdvice: 'load all rows at once with `WHERE id = ANY(${sql.array(ids, "int4")})` before the loop, then look them up in a Map',
};
