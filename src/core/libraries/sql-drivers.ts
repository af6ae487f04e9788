import type { LibrarySpec, MemberSpec } from './model';

const sqlQuery: MemberSpec = { op: 'query', sqlArgument: 0, batchedWhen: ['sql-in-list'] };
/** `(await pool.query('SELECT * FROM users WHERE id = $1', [id])).rows[0]` → `WHERE id = ANY($1)` with `[ids]`. */
const pgQuery: MemberSpec = {
  ...sqlQuery,
  inListBatch: { keyIn: 'sql', sql: { placeholder: '$1', list: 'ANY($1)' }, rowsProperty: 'rows', missing: 'first-element' },
};
/**
 * `const [[row]] = await pool.query('SELECT * FROM users WHERE id = ?', [id])` → `WHERE id IN (?)` with
 * `[ids]`: `query` expands an array parameter to a list, `execute` (a prepared statement) does not, so
 * only `query` is batched. An empty array expands to `IN ()`, a syntax error: no query then.
 */
const mysqlQuery: MemberSpec = {
  ...sqlQuery,
  inListBatch: { keyIn: 'sql', sql: { placeholder: '?', list: '(?)', comparison: 'IN' }, rowsElement: 0, missing: 'first-element', emptyListFails: true },
};

/**
 * Statements that leave state on the connection for the statements after them: transactions,
 * session settings, temporary tables, session locks, cursors, prepared statements, sequence values.
 */
const PG_CONNECTION_STATE =
  String.raw`(^|;)\s*(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE|SET|RESET|LISTEN|UNLISTEN|LOCK|PREPARE|DEALLOCATE|DECLARE|FETCH|MOVE|CLOSE|DISCARD)\b|\bTEMP(ORARY)?\s+TABLE\b|\bpg_advisory_lock|\bpg_try_advisory_lock|\bset_config\s*\(|\b(currval|lastval)\s*\(`;
const MYSQL_CONNECTION_STATE =
  String.raw`(^|;)\s*(BEGIN|START\s+TRANSACTION|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|LOCK|UNLOCK|USE|PREPARE|EXECUTE|DEALLOCATE|HANDLER|XA)\b|\bTEMPORARY\s+TABLE\b|\b(GET_LOCK|RELEASE_LOCK|LAST_INSERT_ID|FOUND_ROWS|ROW_COUNT|CONNECTION_ID)\s*\(|@\w`;

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
      members: { query: pgQuery, connect: { returns: 'pg.client' }, end: { disconnects: true }, on: {} },
      connectsItself: true,
      exclusiveMembers: ['on', 'once'],
    },
    'pg.client': {
      connection: 'client',
      members: { query: pgQuery, connect: { connects: 'once' }, release: {}, end: { disconnects: true }, on: {} },
      // A Pool runs `pool.query` on any idle connection and takes the same options (no bare string).
      pooledForm: { export: 'Pool', connectionStringOption: 'connectionString' },
      connectionStateSql: PG_CONNECTION_STATE,
    },
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
      members: {
        query: mysqlQuery,
        execute: sqlQuery,
        promise: { returns: 'mysql.connection' },
        connect: { connects: 'once' },
        end: { disconnects: true },
        destroy: { disconnects: true },
        release: {},
      },
      // createPool takes what createConnection takes; the pool's query and execute check a connection out and back in.
      pooledForm: { export: 'createPool' },
      connectionStateSql: MYSQL_CONNECTION_STATE,
    },
    'mysql.pool': {
      members: {
        query: mysqlQuery,
        execute: sqlQuery,
        promise: { returns: 'mysql.pool' },
        getConnection: { returns: 'mysql.connection' },
        end: { disconnects: true },
      },
      connectsItself: true,
      exclusiveMembers: ['on', 'once'],
    },
  },
  batchAdvice: 'load all rows at once with `WHERE id IN (?)` and an array parameter before the loop, then look them up in a Map',
  writeAdvice: 'write all rows in one statement (`INSERT ... VALUES ?` with an array of rows, `UPDATE ... WHERE id IN (?)`)',
};
