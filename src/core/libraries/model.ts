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
   * A lookup written `{ where: { key: value } }` whose batch is the member `member` with
   * `{ where: { key: { [operator]: values } } }` (Prisma `findUnique` → `findMany` with `in`).
   */
  inListBatch?: { member: string; operator: string };
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
}
