import { ts } from './ts';
import type { LibrarySpec } from './libraries/model';
import type { LibraryRegistry } from './libraries/registry';
import type { Resolver } from './resolve';
import type { FunctionSummaries } from './summaries';
import { ARRAY_METHODS } from './resolve';
import { calleeText, enclosingFunction, returnedExpressions, shortText, skipOuterExpressions, valueParent } from './syntax';

/** A database or cache client (or pool) created by an expression: `new Pool()`, `createClient()`, `makeDb()`. */
export interface Construction {
  node: ts.CallExpression | ts.NewExpression;
  library: LibrarySpec;
  /** One connection, or a pool of them. */
  connection: 'client' | 'pool';
  /** For messages: `new Pool()`, `createClient()`. */
  description: string;
  /** The workspace factories between this call and the library constructor, outermost first. */
  factories: ts.FunctionLikeDeclaration[];
}

/**
 * What becomes of a created client:
 * - `kept`: stored beyond the call (a module variable, a static or instance field, a cache Map, a
 *   global): a singleton or a cache, created once per key;
 * - `returned`: handed to the caller (a factory): judged where the factory is called;
 * - `replaced`: stored beyond the call without a guard (`pool = new Pool()` in a function, `this.pool =
 *   new Pool()` in a constructor): a new client each time that code runs, which may be once (startup);
 * - `local`: used and dropped within the call: created again on every call.
 */
export type ClientFate = 'kept' | 'returned' | 'replaced' | 'local';

const FATE_RANK: Record<ClientFate, number> = { local: 0, replaced: 1, returned: 2, kept: 3 };

/** Calls on a new client that give back the same client (or a promise of it). */
const SAME_CLIENT = new Set(['connect', 'initialize', '$connect', 'promise', 'asPromise', 'on', 'once', 'then', 'catch', 'finally']);
/** Calls that store their argument in the receiver: `pools.set(id, pool)`. */
const STORING = new Set(['set', 'push', 'add', 'unshift', 'setdefault']);

const MAX_DEPTH = 5;

export class ClientConstructions {
  private readonly factoryMemo = new Map<ts.FunctionLikeDeclaration, Construction | null>();

  constructor(
    private readonly resolver: Resolver,
    private readonly registry: LibraryRegistry,
    private readonly summaries: FunctionSummaries,
    private readonly checker: ts.TypeChecker,
  ) {}

  /** The client this expression creates: a library constructor, or a call of a workspace factory. */
  at(node: ts.CallExpression | ts.NewExpression, depth = 0): Construction | undefined {
    return this.direct(node) ?? (ts.isCallExpression(node) ? this.throughFactory(node, depth) : undefined);
  }

  /** Where the value created at `node` goes. */
  fate(node: ts.Expression, depth = 0): ClientFate {
    const scope = enclosingFunction(node);
    let current: ts.Node = node;
    for (let guard = 0; guard < 32; guard++) {
      const { parent, child } = valueParent(current);
      if (ts.isAwaitExpression(parent)) {
        current = parent;
        continue;
      }
      // `new MongoClient(url).connect()`, `new DataSource(options).initialize()`.
      if (ts.isPropertyAccessExpression(parent) && SAME_CLIENT.has(parent.name.text) && ts.isCallExpression(parent.parent) && parent.parent.expression === parent) {
        current = parent.parent;
        continue;
      }
      // `cached ?? new Pool()`, `flag ? new Pool() : shared`.
      if (ts.isBinaryExpression(parent) && isDefaulting(parent.operatorToken.kind) && parent.right === child) {
        current = parent;
        continue;
      }
      if (ts.isConditionalExpression(parent) && parent.condition !== child) {
        current = parent;
        continue;
      }
      // An option of a wrapper (`new Kysely({ dialect: new PostgresDialect({ pool: new Pool() }) })`) shares the wrapper's fate.
      if ((ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent)) && ts.isObjectLiteralExpression(parent.parent)) {
        current = parent.parent;
        continue;
      }
      if (ts.isArrayLiteralExpression(parent)) {
        current = parent;
        continue;
      }
      if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.includes(child as ts.Expression)) {
        const callee = skipOuterExpressions(parent.expression);
        if (ts.isPropertyAccessExpression(callee) && STORING.has(callee.name.text)) return isLocalTo(callee.expression, scope, this.checker) ? this.fateOfLocal(callee.expression, depth) : 'kept';
        // Wrapped by a library (`drizzle(pool)`, `new Kysely({ dialect })`): the wrapper's fate is the client's.
        // Handed to any other function (`work(client)`), the client is only used there.
        if (!ts.isNewExpression(parent) && !this.resolver.valueOf(callee)) return 'local';
        current = parent;
        continue;
      }
      if (ts.isBinaryExpression(parent) && isAssignment(parent.operatorToken.kind) && parent.right === child) {
        if (isLocalTo(parent.left, scope, this.checker)) return this.fateOfLocal(parent.left, depth);
        return this.storedOn(parent, scope);
      }
      if (ts.isVariableDeclaration(parent) && parent.initializer === child) {
        return ts.isIdentifier(parent.name) ? this.fateOfLocal(parent.name, depth) : 'local';
      }
      if (ts.isPropertyDeclaration(parent) && parent.initializer === child) return 'kept';
      if (ts.isReturnStatement(parent) || (ts.isArrowFunction(parent) && parent.body === child)) {
        // Returned from an array callback (`regions.map((r) => new Pool(...))`): it goes where the array goes.
        const callback = ts.isReturnStatement(parent) ? enclosingFunction(parent) : parent;
        const iteration = !ts.isSourceFile(callback) && arrayCallbackCall(callback);
        if (iteration) {
          current = iteration;
          continue;
        }
        return 'returned';
      }
      return 'local';
    }
    return 'local';
  }

  /**
   * `target = client` where the target outlives the call:
   * - on a parameter or a local (`req.db = new Client()`): dies with the call;
   * - guarded (`client ??= ...`, `if (!this.pool) this.pool = ...`): a lazy singleton, kept;
   * - unguarded: every run replaces the client with a new one, so how often this code runs decides
   *   (a `main()` run once is fine; a `connect()` called per query is not). `this.pool = ...` in a
   *   constructor is made once per instance: how often instances are made decides.
   */
  private storedOn(assignment: ts.BinaryExpression, scope: ts.Node): ClientFate {
    const target = assignment.left;
    let root = skipOuterExpressions(target);
    while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) root = skipOuterExpressions(root.expression);
    if (ts.isIdentifier(root) && !ts.isSourceFile(scope)) {
      const declaration = this.checker.getSymbolAtLocation(root)?.valueDeclaration;
      if (declaration && declaration.pos >= scope.pos && declaration.end <= scope.end) return 'local';
    }
    if (ts.isConstructorDeclaration(scope)) return 'replaced';
    return isGuarded(assignment, scope) ? 'kept' : 'replaced';
  }

  /** A local variable holding the client: kept if any use stores it, returned if any use returns it. */
  private fateOfLocal(name: ts.Expression, depth: number): ClientFate {
    if (!ts.isIdentifier(name) || depth > MAX_DEPTH) return 'local';
    const symbol = this.checker.getSymbolAtLocation(name);
    const scope = enclosingFunction(name);
    if (!symbol || ts.isSourceFile(scope) || !scope.body) return 'local';
    let fate: ClientFate = 'local';
    const visit = (node: ts.Node): void => {
      if (fate === 'kept') return;
      if (ts.isIdentifier(node) && node !== name && this.checker.getSymbolAtLocation(node) === symbol && !isAssignedTo(node)) {
        const use = this.fate(node, depth + 1);
        if (FATE_RANK[use] > FATE_RANK[fate]) fate = use;
      }
      ts.forEachChild(node, visit);
    };
    visit(scope.body);
    return fate;
  }

  private direct(node: ts.CallExpression | ts.NewExpression): Construction | undefined {
    if (ts.isNewExpression(node)) {
      const created = this.resolver.asKind(this.resolver.valueOf(node));
      const connection = created && this.registry.kind(created.kind)?.spec.connection;
      if (!created || !connection) return undefined;
      return { node, library: created.library, connection, description: `new ${shortText(node.expression, 40)}()`, factories: [] };
    }
    const callee = skipOuterExpressions(node.expression);
    // `createPool()`, `mysql.createPool()` on a namespace import, or a member: `mongoose.createConnection()`.
    const spec =
      this.resolver.callOf(this.resolver.valueOf(callee)) ??
      (ts.isPropertyAccessExpression(callee) ? this.resolver.memberOf(this.resolver.valueOf(callee.expression), callee.name.text) : undefined);
    const op = spec?.spec.op;
    if (!spec || (op !== 'client-constructor' && op !== 'pool-constructor')) return undefined;
    if (!opensConnection(spec.library, node)) return undefined;
    return { node, library: spec.library, connection: op === 'pool-constructor' ? 'pool' : 'client', description: `${calleeText(node)}()`, factories: [] };
  }

  /** `makeDb()` where `function makeDb() { return new PrismaClient(); }`. */
  private throughFactory(call: ts.CallExpression, depth: number): Construction | undefined {
    if (depth > MAX_DEPTH) return undefined;
    for (const fn of this.summaries.calleesOf(call)) {
      const made = this.factoryOf(fn, depth);
      if (made) return { ...made, node: call, factories: [fn, ...made.factories] };
    }
    return undefined;
  }

  private factoryOf(fn: ts.FunctionLikeDeclaration, depth: number): Construction | undefined {
    const cached = this.factoryMemo.get(fn);
    if (cached !== undefined) return cached ?? undefined;
    this.factoryMemo.set(fn, null);
    let found: Construction | undefined;
    const visit = (node: ts.Node): void => {
      if (found || (node !== fn.body && ts.isFunctionLike(node))) return;
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && enclosingFunction(node) === fn) {
        const made = this.at(node, depth + 1);
        if (made && this.fate(node) === 'returned') found = made;
      }
      ts.forEachChild(node, visit);
    };
    if (fn.body && returnedExpressions(fn).length > 0) visit(fn.body);
    this.factoryMemo.set(fn, found ?? null);
    return found;
  }
}

/**
 * Library factories that only sometimes open a connection: `knex('users')` on the factory is a
 * mistake for a table query, and `drizzle(pool)` wraps a pool that exists (only `drizzle(url)` or
 * `drizzle({ connection })` opens one).
 */
function opensConnection(library: LibrarySpec, call: ts.CallExpression): boolean {
  const first = call.arguments[0] && skipOuterExpressions(call.arguments[0]);
  if (library.id === 'knex') return !first || !ts.isStringLiteralLike(first);
  if (library.id === 'drizzle') {
    if (!first) return false;
    if (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first)) return true;
    if (ts.isPropertyAccessExpression(first) && /process\.env/.test(first.getText())) return true;
    if (ts.isNonNullExpression(call.arguments[0]) && /process\.env/.test(call.arguments[0].getText())) return true;
    return ts.isObjectLiteralExpression(first) && first.properties.some((property) => property.name && ts.isIdentifier(property.name) && property.name.text === 'connection');
  }
  return true;
}

function isDefaulting(kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.QuestionQuestionToken || kind === ts.SyntaxKind.BarBarToken;
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.EqualsToken || kind === ts.SyntaxKind.QuestionQuestionEqualsToken || kind === ts.SyntaxKind.BarBarEqualsToken;
}

/** `pool` in `pool = x` (a write, not a use of the value). */
function isAssignedTo(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  return ts.isBinaryExpression(parent) && parent.left === identifier && isAssignment(parent.operatorToken.kind);
}

/** A plain name declared inside the function (not a module variable, a field or a global). */
function isLocalTo(target: ts.Expression, scope: ts.Node, checker: ts.TypeChecker): boolean {
  const expression = skipOuterExpressions(target);
  if (!ts.isIdentifier(expression) || ts.isSourceFile(scope)) return false;
  const declaration = checker.getSymbolAtLocation(expression)?.valueDeclaration;
  return !!declaration && declaration.pos >= scope.pos && declaration.end <= scope.end;
}

/** The `items.map(...)` call an inline callback is handed to, if it is an array method. */
function arrayCallbackCall(fn: ts.Node): ts.CallExpression | undefined {
  const { parent, child } = valueParent(fn);
  if (!ts.isCallExpression(parent) || !parent.arguments.includes(child as ts.Expression)) return undefined;
  const callee = skipOuterExpressions(parent.expression);
  return ts.isPropertyAccessExpression(callee) && ARRAY_METHODS.has(callee.name.text) ? parent : undefined;
}

/**
 * `Manager.instance = new Manager()` under `if (!Manager.instance)`, or `instance ??= new Manager()`:
 * the value is made once and kept (a lazy singleton).
 */
export function isLazySingletonStore(value: ts.Node): boolean {
  const { parent, child } = valueParent(value);
  if (!ts.isBinaryExpression(parent) || parent.right !== child || !isAssignment(parent.operatorToken.kind)) return false;
  // A guarded assignment to a local would be pointless: a guard says the target outlives the call.
  return isGuarded(parent, enclosingFunction(parent));
}

/**
 * A lazy initialisation: `x ??= new X()`, `x ||= ...`, or an assignment under an `if` (or a `?:`, `&&`)
 * whose condition tests the same target (`if (!client)`, `if (this.pool === undefined)`,
 * `if (!pools.has(key))`).
 */
function isGuarded(assignment: ts.BinaryExpression, scope: ts.Node): boolean {
  const operator = assignment.operatorToken.kind;
  if (operator === ts.SyntaxKind.QuestionQuestionEqualsToken || operator === ts.SyntaxKind.BarBarEqualsToken) return true;
  const target = skipOuterExpressions(assignment.left).getText().replace(/\s+/g, '');
  const tests = (condition: ts.Node | undefined) => !!condition && condition.getText().replace(/\s+/g, '').includes(target);
  for (let current: ts.Node = assignment.parent; current && current !== scope; current = current.parent) {
    const condition = ts.isIfStatement(current) ? current.expression : ts.isConditionalExpression(current) ? current.condition : ts.isBinaryExpression(current) ? current.left : undefined;
    if (tests(condition)) return true;
  }
  // An early return before it: `if (pool) return pool; ... pool = new Pool()`.
  let guarded = false;
  const visit = (node: ts.Node): void => {
    if (guarded || node.pos >= assignment.pos || (node !== scope && ts.isFunctionLike(node))) return;
    if (ts.isIfStatement(node) && tests(node.expression) && containsReturn(node.thenStatement)) guarded = true;
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return guarded;
}

function containsReturn(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  return ts.isBlock(statement) && statement.statements.some((inner) => ts.isReturnStatement(inner) || ts.isThrowStatement(inner));
}
