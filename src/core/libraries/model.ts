/**
 * The library model: what each supported library's values are and what calling their members costs.
 *
 * It is plain data. Rules never look at library names; they ask the resolver "what is this call?"
 * and get back an operation kind from these tables. Users extend the model from hotpath.json.
 */

/** What a call costs. `batch` and `cursor-step` are I/O that is already amortised. */
export type OperationKind =
  | 'query'
  | 'list'
  | 'by-key'
  | 'aggregate'
  | 'write'
  | 'batch'
  | 'cache'
  | 'http'
  | 'cursor-step'
  | 'client-constructor'
  | 'pool-constructor'
  | 'blocking-sync'
  /** Reads a whole file, without blocking (`fs.promises.readFile`, the callback `fs.readFile`). */
  | 'file-read'
  /** Wraps a function so it runs once per key or per TTL: memoizee, `unstable_cache`, `cache.wrap`. */
  | 'memoize';

/** Operation kinds that are one network round trip each time they run. */
export const ROUND_TRIP_OPERATIONS: ReadonlySet<OperationKind> = new Set([
  'query',
  'list',
  'by-key',
  'aggregate',
  'write',
  'cache',
  'http',
]);

/**
 * Argument shapes that turn an operation into a batched one.
 * - `in-list`: an object argument holds an `in`/`$in` key, or a call to `In(...)`/`inArray(...)`.
 * - `array-argument`: the first argument is an array (bulk save/create).
 * - `sql-in-list`: the SQL text uses `IN (...)`, `= ANY(...)` or `UNNEST(...)`.
 * - `sequelize-array-where`: a `where` value is an array (Sequelize turns it into IN).
 */
export type BatchShape = 'in-list' | 'array-argument' | 'sql-in-list' | 'sequelize-array-where';

export interface MemberSpec {
  /** What calling this member costs; absent for pure builder steps. */
  op?: OperationKind;
  /** The value kind the call (or, for properties, the access) produces, for chains. */
  returns?: string;
  /** The operation only runs when its result is awaited or `.then`-ed (Prisma, Knex, Drizzle, Mongoose). */
  lazy?: boolean;
  /** Argument shapes that make this call a batch rather than one lookup. */
  batchedWhen?: BatchShape[];
  /** A builder step that makes the whole query a batch (`whereIn`). */
  marksBatch?: boolean;
  /** Option keys that bound a list query (`take` for Prisma, `limit` for Sequelize). */
  boundedBy?: string[];
  /** Which argument holds those options, for fixes that add one (`findMany({ take })`: 0). */
  optionsArgument?: number;
  /** The option key that skips rows (`skip` for Prisma and TypeORM, `offset` for Sequelize), for paging fixes. */
  offsetBy?: string;
  /** A builder step that bounds the rows a list query returns (`.limit(n)`, `.first()`, `.take(n)`). */
  bounds?: boolean;
  /**
   * The library coalesces these calls when they are issued in the same tick (Prisma's findUnique
   * dataloader). `sinceVersion` is the first version of the library that does so.
   */
  sameTickBatched?: { sinceVersion?: string };
  /** Which argument holds the SQL text, when the call takes raw SQL. */
  sqlArgument?: number;
  /** The first parameter of a callback argument gets this kind (`prisma.$transaction(async (tx) => ...)`). */
  callbackReceives?: string;
  /**
   * The call registers request handlers (a framework's routing): the functions among its arguments
   * (`arguments`: `app.get('/x', auth, list)`), or the handler properties of its object arguments
   * (`options`: `fastify.route({ handler, preHandler })`, Hapi `server.route({ handler })`) run per request.
   */
  registersHandlers?: 'arguments' | 'options';
  /**
   * The call only reads: a Redis read command (`get`, `hgetall`), or a single-row read whose op is the
   * generic `query` (`findFirst`, `getOne`). Without it a `cache` command counts as a write.
   */
  reads?: boolean;
  /** The call reads the whole file its first argument names (`readFile`, `readFileSync`, `readJson`). */
  readsFile?: boolean;
  /**
   * The member of the same value that does this for many at once: it takes an array of what this
   * call takes one of and resolves to an array in the same order (Redis `get` → `mget`).
   */
  batchForm?: string;
  /**
   * A lookup by one key whose batch takes a list of keys (Prisma `findUnique` → `findMany` with `in`),
   * for the fix that loads every row before a loop and looks them up in a Map.
   */
  inListBatch?: InListBatch;
  /** A blocking call's non-blocking form, for fixes that await it instead (`bcrypt.hash` for `hashSync`). */
  asyncForm?: AsyncForm;
  /** What to use instead of a blocking call that has no async form of the same type, for messages. */
  asyncAdvice?: string;
  /**
   * The call connects the client it is called on: `once` when calling it again on an open client
   * fails (pg `connect`, TypeORM `initialize`), `repeatable` when it only waits for the connection and
   * may be called again (MongoDB `connect`, Mongoose `asPromise`, Prisma `$connect`).
   */
  connects?: 'once' | 'repeatable';
  /** The call closes the client's connections (`end`, `quit`, `close`, `$disconnect`, `destroy`). */
  disconnects?: boolean;
}

/**
 * How to call a blocking function's non-blocking form: with the blocking call's arguments, awaited, it
 * gives the same value with the same type. Where no form does (`spawnSync`, `existsSync`), there is none.
 */
export interface AsyncForm {
  /**
   * Where the async function is:
   * - `member`: a member of the object the blocking one was called on (`bcrypt.hash` for `bcrypt.hashSync`);
   * - `module`: the export `name` of the module `module` (`readFile` of 'node:fs/promises'), also reachable
   *   as `<namespace>.<namespaceMember>.<name>` from the blocking function's namespace (`fs.promises.readFile`);
   * - `promisified`: the library's callback function `name`, wrapped once per file by `promisify`
   *   (`const gzipAsync = promisify(zlib.gzip)`).
   */
  from: 'member' | 'module' | 'promisified';
  name: string;
  /** For `module`: the module to import it from. */
  module?: string;
  /** For `module`: the member of the blocking function's namespace that holds the same module (`promises`). */
  namespaceMember?: string;
  /** For `promisified`: the function that turns a callback function into one returning a promise, and its modules. */
  promisify?: { modules: string[]; name: string };
  /** Only when the blocking function was imported from one of these modules (default: any of the library's). */
  modules?: string[];
  /** The most arguments for which the async form means the same (`stat` without options: 1). */
  maxArguments?: number;
  /** The awaited value holds the blocking call's result in this property (`stdout` of a promisified `exec`). */
  resultProperty?: string;
  /**
   * The options argument at `argument` must be an object literal that sets `key` to a string literal other
   * than `except`, and sets no key outside `keys`: only then do both forms take it and give the same type
   * (`execSync(cmd, { encoding: 'utf8' })` is a string, so is the `stdout` of `exec`'s).
   */
  requiredOption?: { argument: number; key: string; except: string[]; keys: string[] };
}

export interface ValueKindSpec {
  /** Methods and properties of values of this kind. */
  members?: Record<string, MemberSpec>;
  /** Applies to every member not listed in `members` or `notMembers` (Redis commands, Prisma models). */
  anyMember?: MemberSpec;
  /** Member names `anyMember` does not cover (event emitter methods and the like). */
  notMembers?: string[];
  /** Members matched by a regular expression (Sequelize association accessors such as `getPosts`). */
  memberPatterns?: Array<{ pattern: string; spec: MemberSpec }>;
  /** Calling the value itself: `knex('users')`, `axios(config)`, `fetch(url)`. */
  call?: MemberSpec;
  /** `new X(...)` of this value. */
  construct?: MemberSpec;
  /**
   * Creating a value of this kind (`new PrismaClient()`, `new Pool()`) opens its own connection
   * (`client`) or pool of connections (`pool`): created per request, it defeats pooling.
   */
  connection?: 'client' | 'pool';
  /**
   * The value is a query builder: awaiting it runs `thenable` (Knex, Drizzle, Mongoose queries,
   * Prisma's lazy promises).
   */
  thenable?: OperationKind;
  /** The value is an array whose elements have this kind (rows returned by a list query). */
  elements?: string;
  /** The builder step that bounds a query of this kind, for fixes that add one (`limit`, TypeORM's `take`). */
  limitStep?: string;
  /** The builder step that skips rows, for fixes that page from the request (`offset`, `skip`). */
  offsetStep?: string;
  /**
   * A client of this kind opens its connections by itself, when created or on its first query
   * (Prisma, a pg Pool, ioredis, Knex): one shared at module level needs no connect call.
   */
  connectsItself?: boolean;
  /**
   * A property that is true once `connect` has been called (node-redis `isOpen`): a shared client that
   * does not connect itself is connected on first use with `if (!client.isOpen) await client.connect()`.
   */
  openFlag?: string;
  /**
   * The pool to use instead of a client of this kind made per call, for clients whose pool runs
   * queries itself (pg `Client` → `Pool`, mysql2 `createConnection` → `createPool`): the export that
   * creates it, and the option that holds a connection string when the pool takes no string.
   */
  pooledForm?: { export: string; connectionStringOption?: string };
  /**
   * Members that tie up or change one connection (pub/sub, blocking reads, `SELECT`, listeners and
   * middleware that would pile up on a shared client): a client whose code calls them is not shared.
   */
  exclusiveMembers?: string[];
  /**
   * SQL that leaves state on its connection (transactions, `SET`, temporary tables, session locks), as a
   * case-insensitive regular expression: a client that runs it cannot be swapped for a pool.
   */
  connectionStateSql?: string;
}

export interface ExportSpec {
  /** The kind of the exported binding used as a value (`knex`, `axios`, `fetch`, `model`). */
  value?: string;
  /** The kind of instances: `new X()`, a `x: X` annotation, and `class Y extends X`. */
  instance?: string;
  /** The kind of the class itself when a user class extends this export (Sequelize `Model` statics). */
  subclassStatics?: string;
  /** The binding is the library's namespace: `ns.X` means the export `X` (`import pg from 'pg'`). */
  namespace?: boolean;
}

export interface LibrarySpec {
  /** Stable id used in messages and config: `prisma`, `typeorm`, ... */
  id: string;
  /** Human name for messages. */
  displayName: string;
  /** What the library talks to, for messages: "the database", "Redis", "an HTTP service". */
  target: string;
  /** Module specifiers that import this library (`'pg'`, `'@prisma/client'`); a trailing `/*` matches sub-paths. */
  modules: string[];
  /** Named exports (and `default` for the default export, `*` for the namespace object). */
  exports: Record<string, ExportSpec>;
  /**
   * Type names as declared in the library's typings, for the type-checker path: the receiver's
   * declared type name maps to a value kind. Keys starting with `/` are regular expressions.
   */
  types?: Record<string, string>;
  /** Path fragments of the typings' files (default: `/node_modules/<module>/`). */
  typingsPaths?: string[];
  /** Value kinds of the library, keyed by a globally unique name (`prisma.client`). */
  kinds: Record<string, ValueKindSpec>;
  /** Globals the library provides without an import (`fetch`). */
  globals?: Record<string, ExportSpec>;
  /** How to batch a per-item lookup with this library, for messages and docs. */
  batchAdvice: string;
  /** How to batch per-item writes, when it differs from reads. */
  writeAdvice?: string;
  /** How to bound a list query with this library, for messages: "`take: 100`". */
  limitAdvice?: string;
  /**
   * A web framework's handlers get the request as this parameter, whose `property` holds the parsed
   * query string (`req.query` in Express): fixes read `limit` and `offset` from it.
   */
  requestQuery?: { parameter: number; property: string };
}

/**
 * How a lookup by one key becomes one query for a list of keys. Only the plain shape is rewritten: one
 * key compared for equality and nothing else in the condition. The batch is written from this data,
 * so the rule names no library.
 */
export interface InListBatch {
  /** The member that loads the list, in place of this one (`findUnique` → `findMany`); absent: the same member. */
  member?: string;
  /** This step is left out of the batch (Knex `.first()`, the LIMIT 1 of a single-row read). */
  dropStep?: boolean;
  /**
   * Where the lookup names its key and value (default `where-option`):
   * - `where-option`: the `where` of its only argument, `findUnique({ where: { id } })`;
   * - `first-argument`: its only argument, `findOneBy({ id })`, `where(eq(t.id, id))`, or the value itself
   *   when `keyProperty` names the key (`findById(id)`);
   * - `step`: the chain step `keyStep`, `.where({ id })`, `.where('id', id)`, `.where('id', '=', id)`;
   * - `sql`: the SQL text, `SELECT <columns> FROM <table> WHERE <key> = <placeholder>`, with `[value]` as
   *   the parameters after it (`sql` says how the batch writes the list).
   */
  keyIn?: 'where-option' | 'first-argument' | 'step' | 'sql' | 'argument';
  /**
   * For `keyIn: 'argument'`: the index of the argument that is the condition, the last one; the arguments
   * before it are kept as they are (the entity of MikroORM `em.findOne(Book, { id })`: 1).
   */
  keyArgument?: number;
  /** The chain step that holds the key when `keyIn` is `step` (`where`). */
  keyStep?: string;
  /** The key a lookup by value alone reads (Mongoose `findById(id)` reads `_id`). */
  keyProperty?: string;
  /**
   * How the condition may be written (default `object`): `object` is `{ key: value }`; `arguments` is
   * `('key', value)` or `('key', '=', value)`; `equals-call` is `equals(table.key, value)`.
   */
  condition?: Array<'object' | 'arguments' | 'equals-call'>;
  /** The equality helper of `equals-call` conditions and the module that exports it (Drizzle `eq`). */
  equals?: { name: string; module: string };
  /**
   * How the batch names the list of keys. An object condition becomes `{ key: { [operator]: keys } }`
   * with `operator` (Prisma `in`, MongoDB `$in`), `{ key: wrapper(keys) }` with `wrapper` (TypeORM `In`),
   * and `{ key: keys }` with neither (Sequelize). An `arguments` condition becomes the step `listStep`
   * (Knex `.whereIn('key', keys)`) or `('key', listOperator, keys)` (Kysely `'in'`). An `equals-call`
   * becomes `wrapper(table.key, keys)` (Drizzle `inArray`).
   */
  operator?: string;
  wrapper?: { name: string; module: string };
  listStep?: string;
  listOperator?: string;
  /** Options the lookup may carry besides the key, kept as they are in the batch (`include`). */
  keepOptions?: string[];
  /** Chain steps the lookup may have before the key, kept as they are in the batch (`selectFrom`, `selectAll`). */
  keepSteps?: string[];
  /** Chain steps that may follow the lookup, kept after the batch (Mongoose `.lean()`, `.exec()`). */
  keepAfter?: string[];
  /** A step the batch must end with to resolve to an array (`toArray` of a MongoDB cursor). */
  then?: string;
  /**
   * What the lookup resolves to when no row matches (default `null`): `null`, `undefined`, or
   * `first-element` for a list query whose first row is taken (`const [row] = await ...`).
   */
  missing?: 'null' | 'undefined' | 'first-element';
  /** The batch fails on an empty list (Kysely writes `in ()`): it is skipped when there are no keys. */
  emptyListFails?: boolean;
  /**
   * For `keyIn: 'sql'`: the key's placeholder and the list form that replaces it, with `[keys]` as parameters
   * (pg `$1` → `ANY($1)`), and the comparison that replaces `=` when it changes (mysql2 `= ?` → `IN (?)`).
   */
  sql?: { placeholder: string; list: string; comparison?: string };
  /** The property of the result that holds the rows (pg `rows`): the lookup takes `.rows[0]`. */
  rowsProperty?: string;
  /** The element of the result that holds the rows (mysql2 `[rows, fields]`: 0): the lookup takes `[0][0]`. */
  rowsElement?: number;
}
