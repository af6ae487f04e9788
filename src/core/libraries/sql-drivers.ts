import type { LibrarySpec, MemberSpec } from './model';

const sqlQuery: MemberSpec = { op: 'query', sqlArgument: 0, batchedWhen: ['sql-in-list'] };

export const pg: LibrarySpec = {
  id: 'pg',
  displayName: 'node-postgres',
  target: 'PostgreSQL',
  modules: ['pg'],
  exports: {
    Pool: { instance: 'pg.pool' },
    Client: { instance: 'pg.client' },
    PoolClient: { instance: 'pg.client' },
    default: { namespace: true },
    '*': { namespace: true },
  },
  types: { Pool: 'pg.pool', Client: 'pg.client', PoolClient: 'pg.client', ClientBase: 'pg.client' },
  // pg ships no typings of its own: they come from DefinitelyTyped.
  typingsPaths: ['/node_modules/@types/pg/'],
  kinds: {
    'pg.pool': {
      connection: 'pool',
      members: { query: sqlQuery, connect: { returns: 'pg.client' }, end: {}, on: {} },
    },
    'pg.client': { connection: 'client', members: { query: sqlQuery, connect: {}, release: {}, end: {}, on: {} } },
  },
  batchAdvice: 'load all rows at once with `WHERE id = ANY($1)` and an array parameter before the loop, then look them up in a Map',
  writeAdvice: 'write all rows in one statement (`INSERT ... SELECT * FROM UNNEST($1, $2)`, `UPDATE ... WHERE id = ANY($1)`)',
};

export const mysql: LibrarySpec = {
  id: 'mysql2',
  displayName: 'mysql2',
  target: 'MySQL',
  modules: ['mysql2', 'mysql2/promise', 'mysql'],
  exports: {
    createConnection: { value: 'mysql.connection-factory' },
    createPool: { value: 'mysql.pool-factory' },
    createPoolCluster: { value: 'mysql.pool-factory' },
    default: { namespace: true },
    '*': { namespace: true },
    Connection: { instance: 'mysql.connection' },
    Pool: { instance: 'mysql.pool' },
    PoolConnection: { instance: 'mysql.connection' },
  },
  types: { Connection: 'mysql.connection', PoolConnection: 'mysql.connection', Pool: 'mysql.pool' },
  kinds: {
    'mysql.connection-factory': { call: { op: 'client-constructor', returns: 'mysql.connection' } },
    'mysql.pool-factory': { call: { op: 'pool-constructor', returns: 'mysql.pool' } },
    'mysql.connection': {
      members: { query: sqlQuery, execute: sqlQuery, promise: { returns: 'mysql.connection' }, end: {}, release: {} },
    },
    'mysql.pool': {
      members: {
        query: sqlQuery,
        execute: sqlQuery,
        promise: { returns: 'mysql.pool' },
        getConnection: { returns: 'mysql.connection' },
        end: {},
      },
    },
  },
  batchAdvice: 'load all rows at once with `WHERE id IN (?)` and an array parameter before the loop, then look them up in a Map',
  writeAdvice: 'write all rows in one statement (`INSERT ... VALUES ?` with an array of rows, `UPDATE ... WHERE id IN (?)`)',
};
