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
      },
      anyMember: { returns: 'knex.builder' },
    },
    'knex.builder': {
      members: {
        ...members(['insert', 'update', 'del', 'delete', 'increment', 'decrement', 'upsert'], knexWrites),
        ...members(['whereIn', 'orWhereIn', 'andWhereIn'], { returns: 'knex.builder', marksBatch: true }),
        ...members(['stream', 'pipe'], { op: 'cursor-step' }),
        ...members(['toString', 'toSQL', 'toQuery', 'clone'], {}),
      },
      anyMember: { returns: 'knex.builder' },
      thenable: 'query',
    },
  },
  batchAdvice: "load all rows at once with `.whereIn('id', ids)` before the loop and look them up in a Map",
};

export const drizzle: LibrarySpec = {
  id: 'drizzle',
  displayName: 'Drizzle',
  target: 'the database',
  modules: ['drizzle-orm', 'drizzle-orm/*'],
  exports: {
    drizzle: { value: 'drizzle.factory' },
  },
  types: {
    '/Database$/': 'drizzle.db',
    '/^(PgSelect|MySqlSelect|SQLiteSelect|PgInsert|PgUpdate|PgDelete|MySqlInsert|MySqlUpdate|MySqlDelete|SQLiteInsert|SQLiteUpdate|SQLiteDelete)/':
      'drizzle.builder',
    '/^RelationalQueryBuilder$/': 'drizzle.relational',
  },
  kinds: {
    'drizzle.factory': { call: { op: 'pool-constructor', returns: 'drizzle.db' } },
    'drizzle.db': {
      members: {
        ...members(['select', 'selectDistinct', 'selectDistinctOn'], { returns: 'drizzle.builder' }),
        ...members(['insert', 'update', 'delete'], { op: 'write', lazy: true, returns: 'drizzle.builder' }),
        query: { returns: 'drizzle.query-registry' },
        execute: { op: 'query', sqlArgument: 0, batchedWhen: ['sql-in-list'] },
        batch: { op: 'batch' },
        transaction: { callbackReceives: 'drizzle.db' },
      },
    },
    'drizzle.query-registry': { anyMember: { returns: 'drizzle.relational' } },
    'drizzle.relational': {
      members: {
        findMany: { op: 'list', lazy: true, batchedWhen: ['in-list'] },
        findFirst: { op: 'query', lazy: true, batchedWhen: ['in-list'] },
      },
    },
    'drizzle.builder': {
      anyMember: { returns: 'drizzle.builder' },
      members: { ...members(['toSQL', 'getSQL', 'prepare', 'as'], {}), execute: { op: 'query' } },
      thenable: 'query',
    },
  },
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
  },
  types: { Kysely: 'kysely.db', Transaction: 'kysely.db', '/QueryBuilder$/': 'kysely.builder' },
  kinds: {
    'kysely.db': {
      members: {
        ...members(['selectFrom', 'insertInto', 'updateTable', 'deleteFrom', 'replaceInto', 'mergeInto', 'with'], {
          returns: 'kysely.builder',
        }),
        ...members(['transaction', 'destroy', 'schema', 'dynamic', 'fn'], {}),
      },
    },
    'kysely.builder': {
      members: {
        ...members(['execute', 'executeTakeFirst', 'executeTakeFirstOrThrow'], { op: 'query' }),
        stream: { op: 'cursor-step' },
        ...members(['compile', 'toOperationNode'], {}),
      },
      anyMember: { returns: 'kysely.builder' },
    },
  },
  batchAdvice: "load all rows at once with `.where('id', 'in', ids)` before the loop and look them up in a Map",
};
