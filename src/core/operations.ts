import { ts } from './ts';
import type { LibrarySpec, MemberSpec, OperationKind } from './libraries/model';
import { ROUND_TRIP_OPERATIONS } from './libraries/model';
import type { LibraryRegistry } from './libraries/registry';
import type { ResolutionPath, Resolver } from './resolve';
import { calledMemberName, calleeText, enclosingFunction, objectProperty, skipOuterExpressions, valueParent } from './syntax';

/** One call of a library operation, as the library model sees it. */
export interface IoOperation {
  /** The whole expression that performs the operation (for a builder chain, the outermost call). */
  node: ts.Expression;
  /** The call that carries the operation (`findMany(...)`, `getMany()`, or the chain top for thenables). */
  call: ts.CallExpression | ts.TaggedTemplateExpression;
  library: LibrarySpec;
  op: OperationKind;
  member: MemberSpec;
  /** Already batched by its arguments (`in`, `$in`, `In()`, `= ANY($1)`, an array of rows...). */
  batched: boolean;
  /** The library coalesces these calls when issued in the same tick. */
  sameTickBatched: boolean;
  /** Whether the operation actually runs here (a lazy Prisma/Knex query that is never awaited does not). */
  execution: 'runs' | 'deferred' | 'transaction-batch';
  resolvedBy: ResolutionPath;
  /** For messages: `prisma.user.findUnique`. */
  description: string;
  /** Every call of the chain, innermost first, with what the model says of it. */
  steps: ChainStep[];
}

/** One call of a builder chain: `where({ id })` in `knex('users').where({ id }).first()`. */
export interface ChainStep {
  call: ts.CallExpression | ts.TaggedTemplateExpression;
  /** The member called, when the callee is `receiver.name`. */
  name?: string;
  member?: MemberSpec;
}

export interface OperationOptions {
  /** Installed library versions, for version-dependent behaviour (Prisma's findUniqueOrThrow batching). */
  libraryVersions: ReadonlyMap<string, string>;
}

/**
 * Classifies calls against the library model. Only the outermost call of a chain is classified,
 * so `knex('users').where({ id }).first()` is one operation, found at its start.
 */
export class OperationClassifier {
  private readonly cache = new Map<ts.Node, IoOperation | null>();

  constructor(
    private readonly resolver: Resolver,
    private readonly registry: LibraryRegistry,
    private readonly checker: ts.TypeChecker,
    private readonly options: OperationOptions,
  ) {}

  /** The I/O operation a call (or tagged template) performs, if it is the top of a library chain. */
  classify(node: ts.CallExpression | ts.TaggedTemplateExpression): IoOperation | undefined {
    if (!isChainTop(node) || isPromiseMethodCall(node)) return undefined;
    const cached = this.cache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    const result = this.classifyChain(node);
    this.cache.set(node, result ?? null);
    return result;
  }

  isRoundTrip(operation: IoOperation): boolean {
    return ROUND_TRIP_OPERATIONS.has(operation.op) && !operation.batched && operation.execution === 'runs';
  }

  private classifyChain(top: ts.CallExpression | ts.TaggedTemplateExpression): IoOperation | undefined {
    const steps = chainSteps(top);
    let first: { step: ts.CallExpression | ts.TaggedTemplateExpression; library: LibrarySpec; spec: MemberSpec; resolvedBy: ResolutionPath } | undefined;
    let executor: MemberSpec | undefined;
    let marksBatch = false;
    const described: ChainStep[] = [];
    for (const step of steps) {
      const resolved = this.stepSpec(step);
      described.push({ call: step, name: calledMemberName(step), member: resolved?.spec });
      if (!resolved) continue;
      if (resolved.spec.marksBatch) marksBatch = true;
      if (resolved.spec.op) {
        if (!first) first = { step, ...resolved };
        else executor = resolved.spec;
      }
    }
    let op: OperationKind | undefined = first?.spec.op;
    let library = first?.library;
    let member = first?.spec;
    let carrier = first?.step;
    let resolvedBy = first?.resolvedBy;
    let lazy = first?.spec.lazy === true && !executor;
    if (!first) {
      // A thenable builder (`knex('users').where(...)`) runs when awaited.
      const value = this.resolver.asKind(this.resolver.valueOf(top));
      const thenable = value && this.registry.kind(value.kind)?.spec.thenable;
      if (!value || !thenable) return undefined;
      op = thenable;
      library = value.library;
      member = { op: thenable, lazy: true };
      carrier = top;
      resolvedBy = this.resolver.valueOf(top)!.resolvedBy;
      lazy = true;
    }
    if (!op || !library || !member || !carrier || !resolvedBy) return undefined;
    const execution = lazy ? lazyExecution(top) : 'runs';
    const batched = marksBatch || op === 'batch' || this.hasBatchShape(member, steps, carrier) || (executor?.op === 'batch');
    return {
      node: top,
      call: carrier,
      library,
      op,
      member,
      batched,
      sameTickBatched: this.isSameTickBatched(member, library),
      execution,
      resolvedBy,
      description: calleeText(carrier),
      steps: described,
    };
  }

  /** The calls of any chain expression (a builder kept in a variable), with what the model says of each. */
  describeChain(expression: ts.Expression): ChainStep[] {
    const node = skipOuterExpressions(expression);
    if (!ts.isCallExpression(node) && !ts.isTaggedTemplateExpression(node)) return [];
    return chainSteps(node).map((step) => ({ call: step, name: calledMemberName(step), member: this.stepSpec(step)?.spec }));
  }

  private stepSpec(step: ts.CallExpression | ts.TaggedTemplateExpression) {
    const callee = skipOuterExpressions(ts.isCallExpression(step) ? step.expression : step.tag);
    if (ts.isPropertyAccessExpression(callee) || (ts.isElementAccessExpression(callee) && ts.isStringLiteralLike(callee.argumentExpression))) {
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : (callee.argumentExpression as ts.StringLiteral).text;
      const receiver = this.resolver.valueOf(callee.expression);
      if (!receiver) return this.valueCallSpec(callee); // `this.db('users')`: calling a property's value
      if ('exportName' in receiver && (receiver.exportName === '*' || receiver.library.exports[receiver.exportName]?.namespace)) {
        // `pg.Pool` is an export; calling `mysql.createConnection()` is calling that export.
        const exported = receiver.library.exports[name];
        const call = exported?.value ? this.registry.kind(exported.value)?.spec.call : undefined;
        return call ? { library: receiver.library, spec: call, resolvedBy: receiver.resolvedBy } : undefined;
      }
      const member = this.resolver.memberOf(receiver, name);
      return member ? { ...member, resolvedBy: receiver.resolvedBy } : undefined;
    }
    return this.valueCallSpec(callee);
  }

  private valueCallSpec(callee: ts.Expression) {
    const calleeRef = this.resolver.valueOf(callee);
    const call = this.resolver.callOf(calleeRef);
    return call && calleeRef ? { ...call, resolvedBy: calleeRef.resolvedBy } : undefined;
  }

  private isSameTickBatched(member: MemberSpec, library: LibrarySpec): boolean {
    const rule = member.sameTickBatched;
    if (!rule) return false;
    if (!rule.sinceVersion) return true;
    const installed = this.options.libraryVersions.get(library.id);
    return installed === undefined || compareVersions(installed, rule.sinceVersion) >= 0;
  }

  private hasBatchShape(
    member: MemberSpec,
    steps: Array<ts.CallExpression | ts.TaggedTemplateExpression>,
    carrier: ts.CallExpression | ts.TaggedTemplateExpression,
  ): boolean {
    const shapes = new Set(member.batchedWhen ?? []);
    const args = steps.flatMap((step) => (ts.isCallExpression(step) ? [...step.arguments] : [step.template]));
    for (const arg of args) {
      if (containsInList(arg, this.checker, 0)) return true;
    }
    if (shapes.has('sql-in-list') || member.sqlArgument !== undefined) {
      for (const arg of args) {
        const sql = sqlText(arg, this.checker);
        if (sql && SQL_IN_LIST.test(sql)) return true;
      }
    }
    const carrierArgs = ts.isCallExpression(carrier) ? [...carrier.arguments] : [];
    if (shapes.has('array-argument') && carrierArgs[0] && this.isArray(carrierArgs[0])) return true;
    // `findAll({ where: { id: ids } })`, `update(values, { where: { id: ids } })`.
    if (shapes.has('sequelize-array-where') && carrierArgs.some((arg) => this.hasArrayWhereValue(arg))) return true;
    return false;
  }

  private isArray(expression: ts.Expression): boolean {
    const node = skipOuterExpressions(expression);
    if (ts.isArrayLiteralExpression(node)) return true;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ['map', 'filter', 'flatMap', 'slice', 'concat'].includes(node.expression.name.text)) {
      return true;
    }
    try {
      const type = this.checker.getTypeAtLocation(node);
      return this.checker.isArrayType(type) || this.checker.isTupleType(type);
    } catch {
      return false;
    }
  }

  private hasArrayWhereValue(options: ts.Expression): boolean {
    const where = objectProperty(options, 'where');
    if (!where || !ts.isObjectLiteralExpression(where)) return false;
    return where.properties.some((p) => ts.isPropertyAssignment(p) && this.isArray(p.initializer));
  }
}

/**
 * The SQL already takes a list: `IN (...)`, `IN ${ids}` (Drizzle expands arrays), `= ANY(...)`,
 * `UNNEST(...)`, or a multi-row insert whose
 * rows are one parameter (`VALUES ?` in mysql2, `VALUES %L` with pg-format, `VALUES ${rows}`).
 */
const SQL_IN_LIST = /\bIN\s*(\(|\$x)|=\s*ANY\s*\(|\bUNNEST\s*\(|\bVALUES\s*(\?|%L|\$x)/i;

/** Names of in-list filters across libraries: Prisma `in`, Mongo `$in`, Sequelize `[Op.in]`. */
const IN_LIST_KEYS = new Set(['in', '$in']);
/** In-list helper calls: TypeORM `In(ids)`, Drizzle `inArray(col, ids)`. */
const IN_LIST_CALLS = new Set(['In', 'inArray']);

function containsInList(node: ts.Node, checker: ts.TypeChecker, depth: number): boolean {
  if (depth > 6) return false;
  const expression = ts.isExpression(node) ? skipOuterExpressions(node) : node;
  if (ts.isObjectLiteralExpression(expression)) {
    for (const property of expression.properties) {
      if (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) {
        const name = property.name;
        const key = ts.isIdentifier(name) || ts.isStringLiteralLike(name) ? name.text : ts.isComputedPropertyName(name) ? name.expression.getText() : '';
        if (IN_LIST_KEYS.has(key) || key === 'Op.in') return true;
        if (ts.isPropertyAssignment(property) && containsInList(property.initializer, checker, depth + 1)) return true;
      }
    }
    return false;
  }
  if (ts.isCallExpression(expression)) {
    const callee = skipOuterExpressions(expression.expression);
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
    if (IN_LIST_CALLS.has(name)) return true;
    return expression.arguments.some((arg) => containsInList(arg, checker, depth + 1));
  }
  if (ts.isArrayLiteralExpression(expression)) {
    return expression.elements.some((element) => containsInList(element, checker, depth + 1));
  }
  // Kysely: `.where('id', 'in', ids)`.
  if (ts.isStringLiteralLike(expression) && expression.text.toLowerCase() === 'in') {
    const parent = expression.parent;
    return ts.isCallExpression(parent) && parent.arguments.length === 3 && parent.arguments[1] === expression;
  }
  if (ts.isIdentifier(expression) && depth < 2) {
    // `const where = { id: { in: ids } }` declared just before the query.
    const symbol = checker.getSymbolAtLocation(expression);
    const declaration = symbol?.declarations?.[0];
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && declaration.getSourceFile() === node.getSourceFile()) {
      return containsInList(declaration.initializer, checker, depth + 1);
    }
  }
  return false;
}

/** The SQL text of an argument: a string, a template (placeholders for its holes), or a constant. */
export function sqlText(node: ts.Node, checker: ts.TypeChecker, depth = 0): string | undefined {
  const expression = ts.isExpression(node) ? skipOuterExpressions(node) : node;
  if (ts.isStringLiteralLike(expression)) return expression.text;
  if (ts.isTemplateExpression(expression)) {
    return expression.head.text + expression.templateSpans.map((span) => `$x${span.literal.text}`).join('');
  }
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return (sqlText(expression.left, checker, depth + 1) ?? '') + (sqlText(expression.right, checker, depth + 1) ?? '');
  }
  if (ts.isTaggedTemplateExpression(expression)) return sqlText(expression.template, checker, depth + 1);
  if ((ts.isIdentifier(expression) || ts.isPropertyAccessExpression(expression)) && depth < 3) {
    // A constant, possibly imported from a module of SQL statements.
    let symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(expression) ? expression.name : expression);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) {
      try {
        symbol = checker.getAliasedSymbol(symbol);
      } catch {
        return undefined;
      }
    }
    const declaration = symbol?.declarations?.[0];
    if (declaration && (ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration)) && declaration.initializer) {
      return sqlText(declaration.initializer, checker, depth + 1);
    }
  }
  return undefined;
}

/** Getters that continue a builder chain without a call. */
const CHAIN_GETTERS = new Set(['or', 'and', 'not']);

/** Member names whose access on a call result is not a further step of a query chain. */
const PROMISE_METHODS = new Set(['then', 'catch', 'finally']);

/** `query().then(...)`: the query inside is the operation, not the `.then` call. */
function isPromiseMethodCall(node: ts.CallExpression | ts.TaggedTemplateExpression): boolean {
  const callee = ts.isCallExpression(node) ? skipOuterExpressions(node.expression) : undefined;
  return callee !== undefined && ts.isPropertyAccessExpression(callee) && PROMISE_METHODS.has(callee.name.text);
}

/** Whether nothing further is chained on this call's result (except promise methods). */
export function isChainTop(node: ts.CallExpression | ts.TaggedTemplateExpression): boolean {
  const { parent, child } = valueParent(node);
  if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === child) {
    if (ts.isPropertyAccessExpression(parent) && PROMISE_METHODS.has(parent.name.text)) return true;
    // Knex's `.or` / `.and` / `.not` getters: `q.whereIn(...).or.whereNotIn(...)` goes on with the same chain.
    let access: ts.Expression = parent;
    while (ts.isPropertyAccessExpression(access) && CHAIN_GETTERS.has(access.name.text) && ts.isPropertyAccessExpression(access.parent) && access.parent.expression === access) {
      access = access.parent;
    }
    return !(ts.isCallExpression(access.parent) && access.parent.expression === access);
  }
  if (ts.isTaggedTemplateExpression(parent) && parent.tag === child) return false;
  return true;
}

/** The calls of a chain, innermost first: `a.b(1).c(2)` gives `a.b(1)` then `a.b(1).c(2)`. */
function chainSteps(top: ts.CallExpression | ts.TaggedTemplateExpression): Array<ts.CallExpression | ts.TaggedTemplateExpression> {
  const steps: Array<ts.CallExpression | ts.TaggedTemplateExpression> = [];
  let current: ts.Expression = top;
  for (let guard = 0; guard < 64; guard++) {
    current = skipOuterExpressions(current);
    if (ts.isCallExpression(current)) {
      steps.unshift(current);
      current = current.expression;
    } else if (ts.isTaggedTemplateExpression(current)) {
      steps.unshift(current);
      current = current.tag;
    } else if (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current)) {
      current = current.expression;
    } else {
      break;
    }
  }
  return steps;
}

/**
 * Whether a lazy operation (a Prisma promise, a Knex builder, a Mongoose query) actually runs where
 * it is written: awaited, `.then`-ed, returned, or handed to Promise.all. Pushed into an array or
 * handed to `$transaction([...])`, it runs later, as one batch.
 */
function lazyExecution(node: ts.Expression): IoOperation['execution'] {
  let current: ts.Node = node;
  for (let guard = 0; guard < 32; guard++) {
    const { parent, child } = valueParent(current);
    if (!parent) return 'runs';
    if (ts.isAwaitExpression(parent) || ts.isYieldExpression(parent)) return 'runs';
    if (ts.isPropertyAccessExpression(parent) && PROMISE_METHODS.has(parent.name.text)) return 'runs';
    if (ts.isConditionalExpression(parent) && parent.condition !== child) {
      current = parent;
      continue;
    }
    if (ts.isBinaryExpression(parent) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(parent.operatorToken.kind)) {
      current = parent;
      continue;
    }
    if (ts.isArrayLiteralExpression(parent) || ts.isSpreadElement(parent)) {
      current = parent;
      continue;
    }
    if (ts.isReturnStatement(parent) || (ts.isArrowFunction(parent) && parent.body === child)) {
      // Returned from a callback of `items.map(...)`: what matters is where the mapped array goes.
      const fn = ts.isReturnStatement(parent) ? enclosingFunction(parent) : parent;
      const call = !ts.isSourceFile(fn) ? fn.parent : undefined;
      if (call && ts.isCallExpression(call) && call.arguments.includes(fn as ts.Expression) && ts.isPropertyAccessExpression(call.expression) && ['map', 'flatMap'].includes(call.expression.name.text)) {
        current = call;
        continue;
      }
      return 'runs';
    }
    if (ts.isCallExpression(parent) && parent.arguments.includes(child as ts.Expression)) {
      const callee = skipOuterExpressions(parent.expression);
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
      if (name === '$transaction' || name === 'batch') return 'transaction-batch';
      if (ts.isIdentifier(callee) && name === 'Promise') return 'runs';
      if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'Promise') return 'runs';
      // Handed to a method: collected (`ops.push(q)`) or used as a fragment (`whereIn('id', subquery)`).
      if (ts.isPropertyAccessExpression(callee)) return 'deferred';
      return 'runs';
    }
    if (ts.isVariableDeclaration(parent) && parent.initializer === child) {
      return variableIsAwaited(parent) ? 'runs' : 'deferred';
    }
    if (ts.isExpressionStatement(parent)) return 'deferred';
    if (ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent)) return 'deferred';
    return 'runs';
  }
  return 'runs';
}

/** `const q = prisma.user.findMany(); ...; await q` runs; a promise only collected for later does not. */
function variableIsAwaited(declaration: ts.VariableDeclaration): boolean {
  if (!ts.isIdentifier(declaration.name)) return true;
  const name = declaration.name.text;
  const scope = enclosingFunction(declaration);
  let awaited = false;
  const visit = (node: ts.Node): void => {
    if (awaited) return;
    if (ts.isIdentifier(node) && node.text === name && node !== declaration.name) {
      const { parent } = valueParent(node);
      if (
        ts.isAwaitExpression(parent) ||
        ts.isReturnStatement(parent) ||
        (ts.isPropertyAccessExpression(parent) && PROMISE_METHODS.has(parent.name.text)) ||
        ts.isArrayLiteralExpression(parent)
      ) {
        awaited = true;
      }
      if (ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression) && ts.isIdentifier(parent.expression.expression) && parent.expression.expression.text === 'Promise') {
        awaited = true;
      }
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(ts.isSourceFile(scope) ? scope : scope.body!, visit);
  return awaited;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.replace(/^[^\d]*/, '').split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.replace(/^[^\d]*/, '').split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < 3; i++) {
    if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  }
  return 0;
}
