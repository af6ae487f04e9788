import type { LibrarySpec, MemberSpec } from './model';
import { members } from './helpers';

const knexWrites: MemberSpec = { op: 'write', lazy: true, returns: 'knex.builder', batchedWhen: ['array-argument', 'in-list'] };

export const knex: LibrarySpec = {
  id: 'knex',
  displayName: 'Knex',
  target: 'the database',
  modules: ['knex'],
  exports: {
    default: { value: 'knex.factory' },
    knex: { value: 'knex.factory' },
    Knex: { instance: 'knex.instance' },
    'Knex.Transaction': { instance: 'knex.instance' },
    'Knex.QueryBuilder': { instance: 'knex.builder' },
  },
  types: { Knex: 'knex.instance', Transaction: 'knex.instance', '/QueryBuilder$|^QueryInterface$/': 'knex.builder' },
  kinds: {
    'knex.factory': { call: { op: 'pool-constructor', returns: 'knex.instance' } },
    'knex.instance': {
      // `knex('users')` starts a query on a table.
      call: { returns: 'knex.builder' },
      members: {
        // `knex.raw(sql)` runs when awaited; its SQL text decides whether it is a batch (`= ANY(?)`).
        raw: { op: 'query', lazy: true, returns: 'knex.builder', sqlArgument: 0, batchedWhen: ['sql-in-list'] },
        ...members(['insert', 'update', 'del', 'delete'], knexWrites),
        ...members(['batchInsert'], { op: 'batch', lazy: true }),
        transaction: { callbackReceives: 'knex.instance' },
        ...members(['destroy', 'schema', 'migrate', 'seed', 'fn', 'ref', 'on', 'client', 'initialize'], {}),
        destroy: { disconnects: true },
        // `db.first('id', 'name').from('features')`: a select with LIMIT 1.
        ...members(['first', 'limit'], { returns: 'knex.builder', bounds: true }),
        ...members(['count', 'countDistinct', 'min', 'max', 'sum', 'avg'], { op: 'aggregate', lazy: true, returns: 'knex.builder' }),
      },
      anyMember: { returns: 'knex.builder' },
      // The pool opens connections on the first query; query listeners on a shared instance would pile up.
      connectsItself: true,
      exclusiveMembers: ['on'],
    },
    'knex.builder': {
      members: {
        ...members(['insert', 'update', 'del', 'delete', 'increment', 'decrement', 'upsert'], knexWrites),
        ...members(['whereIn', 'orWhereIn', 'andWhereIn'], { returns: 'knex.builder', marksBatch: true }),
        ...members(['stream', 'pipe'], { op: 'cursor-step' }),
        ...members(['toString', 'toSQL', 'toQuery', 'clone'], {}),
        ...members(['count', 'countDistinct', 'min', 'max', 'sum', 'sumDistinct', 'avg', 'avgDistinct'], { op: 'aggregate', lazy: true, returns: 'knex.builder' }),
        ...members(['limit', 'first'], { returns: 'knex.builder', bounds: true }),
        // `db('users').where({ id }).first()` → `db('users').whereIn('id', ids)`.
        first: {
          returns: 'knex.builder',
          bounds: true,
          inListBatch: { dropStep: true, keyIn: 'step', keyStep: 'where', condition: ['object', 'arguments'], listStep: 'whereIn', keepSteps: ['select'], missing: 'undefined' },
        },
      },
      anyMember: { returns: 'knex.builder' },
      limitStep: 'limit',
      offsetStep: 'offset',
      // Awaited without `first()`, a write or an aggregate, a Knex builder is a SELECT of every matching row.
      thenable: 'list',
    },
  },
  limitAdvice: 'add `.limit(n)` (and `.offset()` or a keyset `where`)',
  batchAdvice: "load all rows at once with `.whereIn('id', ids)` before the loop and look them up in a Map",
  writeAdvice: 'insert all rows with one `insert(rows)` or update them with one `.whereIn(...)` statement',
};

/** Drizzle's equality condition and its in-list form, for the in-list batch of a lookup. */
const drizzleInArray = { equals: { name: 'eq', module: 'drizzle-orm' }, wrapper: { name: 'inArray', module: 'drizzle-orm' } };

const drizzleDatabaseTypes = [
  'PgDatabase', 'NodePgDatabase', 'PostgresJsDatabase', 'NeonDatabase', 'NeonHttpDatabase', 'VercelPgDatabase', 'PgliteDatabase',
  'MySqlDatabase', 'MySql2Database', 'PlanetScaleDatabase', 'BaseSQLiteDatabase', 'BetterSQLite3Database', 'LibSQLDatabase',
  'DrizzleD1Database', 'BunSQLiteDatabase', 'PgTransaction', 'NodePgTransaction', 'PostgresJsTransaction', 'MySqlTransaction',
  'SQLiteTransaction',
];

export const drizzle: LibrarySpec = {
  id: 'drizzle',
  displayName: 'Drizzle',
  target: 'the database',
  modules: ['drizzle-orm', 'drizzle-orm/*'],
  exports: {
    drizzle: { value: 'drizzle.factory' },
    // Type annotations of injected databases and transactions (`db: NodePgDatabase<typeof schema>`).
    ...Object.fromEntries(drizzleDatabaseTypes.map((name) => [name, { instance: 'drizzle.db' }])),
  },
  types: {
    '/Database$/': 'drizzle.db',
    '/^(PgSelect|MySqlSelect|SQLiteSelect)/': 'drizzle.select',
    '/^(PgInsert|PgUpdate|PgDelete|MySqlInsert|MySqlUpdate|MySqlDelete|SQLiteInsert|SQLiteUpdate|SQLiteDelete)/': 'drizzle.builder',
    '/^RelationalQueryBuilder$/': 'drizzle.relational',
  },
  kinds: {
    'drizzle.factory': { call: { op: 'pool-constructor', returns: 'drizzle.db' } },
    'drizzle.db': {
      members: {
        ...members(['select', 'selectDistinct', 'selectDistinctOn'], { returns: 'drizzle.select' }),
        // `insert(table)` does nothing until `.values(...)`, which decides single row or bulk.
        insert: { returns: 'drizzle.builder' },
        ...members(['update', 'delete'], { op: 'write', lazy: true, returns: 'drizzle.builder' }),
        $count: { op: 'aggregate', lazy: true },
        query: { returns: 'drizzle.query-registry' },
        execute: { op: 'query', sqlArgument: 0, batchedWhen: ['sql-in-list'] },
        batch: { op: 'batch' },
        transaction: { callbackReceives: 'drizzle.db' },
      },
    },
    'drizzle.query-registry': { anyMember: { returns: 'drizzle.relational' } },
    'drizzle.relational': {
      members: {
        findMany: { op: 'list', lazy: true, batchedWhen: ['in-list'], boundedBy: ['limit'], optionsArgument: 0, offsetBy: 'offset' },
        // `findFirst({ where: eq(t.id, id) })` → `findMany({ where: inArray(t.id, ids) })`.
        findFirst: { op: 'query', reads: true, lazy: true, batchedWhen: ['in-list'], inListBatch: { member: 'findMany', condition: ['equals-call'], ...drizzleInArray, keepOptions: ['with', 'columns'], missing: 'undefined' } },
      },
    },
    'drizzle.select': {
      anyMember: { returns: 'drizzle.select' },
      members: {
        ...members(['toSQL', 'getSQL', 'prepare', 'as'], {}),
        execute: { op: 'list' },
        limit: { returns: 'drizzle.select', bounds: true },
        // `const [row] = await db.select().from(t).where(eq(t.id, id))` → `.where(inArray(t.id, ids))`.
        where: {
          returns: 'drizzle.select',
          inListBatch: { keyIn: 'first-argument', condition: ['equals-call'], ...drizzleInArray, keepSteps: ['select', 'from'], missing: 'first-element' },
        },
      },
      limitStep: 'limit',
      offsetStep: 'offset',
      thenable: 'list',
    },
    'drizzle.builder': {
      anyMember: { returns: 'drizzle.builder' },
      members: {
        ...members(['toSQL', 'getSQL', 'prepare', 'as'], {}),
        execute: { op: 'query' },
        values: { op: 'write', lazy: true, returns: 'drizzle.builder', batchedWhen: ['array-argument'] },
      },
      thenable: 'query',
    },
  },
  limitAdvice: 'add `.limit(n)` (or `limit` to `findMany`)',
  batchAdvice: 'load all rows at once with `.where(inArray(table.id, ids))` before the loop and look them up in a Map',
};

export const kysely: LibrarySpec = {
  id: 'kysely',
  displayName: 'Kysely',
  target: 'the database',
  modules: ['kysely'],
  exports: {
    Kysely: { instance: 'kysely.db' },
    Transaction: { instance: 'kysely.db' },
    sql: { value: 'kysely.sql' },
  },
  types: {
    Kysely: 'kysely.db',
    Transaction: 'kysely.db',
    SelectQueryBuilder: 'kysely.select',
    '/QueryBuilder$/': 'kysely.builder',
    RawBuilder: 'kysely.raw',
  },
  kinds: {
    'kysely.db': {
      members: {
        selectFrom: { returns: 'kysely.select' },
        ...members(['insertInto', 'updateTable', 'deleteFrom', 'replaceInto', 'mergeInto', 'with'], {
          returns: 'kysely.builder',
        }),
        // `db.transaction().execute(async (trx) => ...)`, `db.connection().execute(async (conn) => ...)`.
        ...members(['transaction', 'connection'], { returns: 'kysely.transaction-builder' }),
        ...members(['destroy', 'schema', 'dynamic', 'fn'], {}),
      },
    },
    'kysely.transaction-builder': {
      members: { execute: { callbackReceives: 'kysely.db' } },
      anyMember: { returns: 'kysely.transaction-builder' },
    },
    // sql`...` (and sql.raw(...)) builds a RawBuilder, which runs on `.execute(db)`.
    'kysely.sql': { call: { returns: 'kysely.raw' }, anyMember: { returns: 'kysely.raw' } },
    'kysely.raw': { members: { execute: { op: 'query', sqlArgument: 0, batchedWhen: ['sql-in-list'] } } },
    'kysely.select': {
      members: {
        execute: { op: 'list' },
        ...members(['executeTakeFirst', 'executeTakeFirstOrThrow'], { op: 'query', reads: true }),
        // `.where('id', '=', id).executeTakeFirst()` → `.where('id', 'in', ids).execute()`; Kysely writes
        // `in ()` for an empty list, which the database rejects.
        executeTakeFirst: {
          op: 'query',
          reads: true,
          inListBatch: {
            member: 'execute',
            keyIn: 'step',
            keyStep: 'where',
            condition: ['arguments'],
            listOperator: 'in',
            keepSteps: ['select', 'selectAll'],
            missing: 'undefined',
            emptyListFails: true,
          },
        },
        stream: { op: 'cursor-step' },
        ...members(['compile', 'toOperationNode'], {}),
        ...members(['limit', 'top'], { returns: 'kysely.select', bounds: true }),
      },
      anyMember: { returns: 'kysely.select' },
      limitStep: 'limit',
      offsetStep: 'offset',
    },
    'kysely.builder': {
      members: {
        ...members(['execute', 'executeTakeFirst', 'executeTakeFirstOrThrow'], { op: 'query' }),
        // `insertInto(t).values(rows)`: an array of rows is one bulk insert.
        values: { op: 'write', lazy: true, returns: 'kysely.builder', batchedWhen: ['array-argument'] },
        stream: { op: 'cursor-step' },
        ...members(['compile', 'toOperationNode'], {}),
      },
      anyMember: { returns: 'kysely.builder' },
    },
  },
  limitAdvice: 'add `.limit(n)`',
  batchAdvice: "load all rows at once with `.where('id', 'in', ids)` before the loop and look them up in a Map",
};
