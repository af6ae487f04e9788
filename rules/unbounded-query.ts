import { ts } from '../src/core/ts';
import type { ListBound } from '../src/core/bounds';
import type { PrismaModels } from '../src/core/libraries/prisma-schema';
import type { IoOperation } from '../src/core/operations';
import type { Rule, RuleContext } from '../src/core/rule';
import { tableNameMatcher, tableNamesOf } from '../src/core/table-names';
import { calledMemberName, chainRoot, enclosingFunction, objectProperty, skipOuterExpressions, valueParent } from '../src/core/syntax';
import { limitFixes, pageSizeOf, sqlLimitFix } from './fixes/unbounded-query';

/**
 * unbounded-query: a list query with no limit or pagination; it returns every matching row and grows
 * with the table. Also a to-many relation loaded without a bound (Prisma `include`).
 */
export const unboundedQuery: Rule = {
  meta: {
    id: 'unbounded-query',
    description: 'A list query has no limit or pagination: it returns every matching row.',
    help:
      'A list query without a limit (Prisma `findMany` without `take`, TypeORM `find` without `take`, ' +
      'Sequelize `findAll` without `limit`, a Mongo `find` without `.limit()`, a Knex/Drizzle/Kysely select ' +
      'without `.limit()`, a raw SELECT without LIMIT) returns every matching row: the response, the memory ' +
      'and the query time grow with the table until the endpoint times out. Add a limit (a page size) and ' +
      'paginate with an offset or a cursor from the request. Small reference tables can be allowed with the ' +
      'rule option `allow`.',
    defaultSeverity: 'warn',
  },
  check(context) {
    findUnboundedQueries(context);
  },
};


function findUnboundedQueries(context: RuleContext): void {
  const { operations } = context.models;
  const allowed = allowList(context.options);
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isTaggedTemplateExpression(node)) {
      const operation = operations.classify(node);
      if (operation && operation.execution === 'runs') checkOperation(context, operation, allowed);
    }
    // A builder kept in a variable and run here: `await q`, `return q`, `await query.lean()`.
    if ((ts.isAwaitExpression(node) || ts.isReturnStatement(node)) && node.expression) checkBuilderVariable(context, node.expression, allowed);
    ts.forEachChild(node, visit);
  };
  visit(context.sourceFile);
}

/** A builder assembled in a local variable across statements, run by `await q` or `return q.lean()`. */
function checkBuilderVariable(context: RuleContext, run: ts.Expression, allowed: (name: string) => boolean): void {
  const { operations, bounds, resolver, registry } = context.models;
  const expression = skipOuterExpressions(run);
  const root = ts.isIdentifier(expression) ? expression : rootVariable(expression);
  if (!root || !isLocalVariable(root, context)) return;
  // A chain that is an operation of its own (`query.execute()`) is judged by checkOperation.
  if ((ts.isCallExpression(expression) || ts.isTaggedTemplateExpression(expression)) && operations.classify(expression)?.op) return;
  const declaration = context.models.checker.getSymbolAtLocation(root)?.valueDeclaration as ts.VariableDeclaration;
  const value = resolver.asKind(resolver.valueOf(root));
  const entry = value && registry.kind(value.kind);
  const builder = bounds.builderInitializer(declaration);
  if (!builder) return;
  const built = operations.describeChain(builder);
  // What the initializer builds: `select().from(t)` returns a select builder, awaited as a list.
  const builtKind = [...built].reverse().find((step) => step.member?.returns)?.member?.returns;
  const isList = entry?.spec.thenable === 'list' || built.some((step) => step.member?.op === 'list') || (!!builtKind && registry.kind(builtKind)?.spec.thenable === 'list');
  if (!isList || judgedElsewhere(run, context) || usedAsSingleRow(run, context)) return;
  if (operations.describeChain(expression).some((step) => step.member?.bounds)) return;
  const bound = bounds.ofBuilderVariable(root);
  if (bound.kind !== 'unbounded' && bound.kind !== 'partial') return;
  if (tableNamesOfVariable(root, context).some((name) => allowed(name))) return;
  const initializer = skipOuterExpressions(builder);
  const library = entry?.library ?? (ts.isCallExpression(initializer) ? operations.classify(initializer)?.library : undefined);
  context.report({
    node: run,
    message: builderMessage(root, library?.displayName ?? 'query builder', library?.limitAdvice, bound),
    related: bound.kind === 'partial' ? [{ node: bound.where, message: 'the only place a limit is applied' }] : [],
  });
}

function checkOperation(context: RuleContext, operation: IoOperation, allowed: (name: string) => boolean): void {
  const { bounds } = context.models;
  // Streamed through a cursor (`sql\`...\`.cursor(500, fn)`, `.stream()`): rows arrive in batches.
  if (operation.steps.some((step) => step.member?.op === 'cursor-step')) return;
  checkRelationLoads(context, operation, allowed);
  // Raw SQL; a method that returns one row (Slonik's `one`, `maybeOne`) needs no LIMIT.
  if (operation.member.sqlArgument !== undefined && operation.op !== 'by-key' && operation.op !== 'aggregate') {
    const sqlNode = sqlArgumentOf(operation);
    if (!sqlNode) return;
    const bound = bounds.ofSql(sqlNode);
    if (bound === 'not-a-select' || bound.kind !== 'unbounded') return;
    const table = /\bFROM\s+["`]?(\w+)/i.exec(sqlNode.getText())?.[1];
    if (table && allowed(table)) return;
    const fix = sqlLimitFix(sqlNode, pageSizeOf(context.options));
    context.report({
      node: operation.node,
      endNode: calleeOf(operation.call),
      fixes: fix ? [fix] : [],
      message:
        `This SELECT (${operation.library.displayName} \`${operation.description}\`) has no LIMIT: it returns every matching row, ` +
        'and the response, the memory and the query time grow with the table. Add `LIMIT` with a page size, and an offset or a keyset condition from the request.',
    });
    return;
  }
  if (operation.op !== 'list' || operation.batched) return;
  // A query handed on (kept in a variable, given to a helper, returned to callers that chain
  // further) is judged where it is finished and run.
  if (judgedElsewhere(operation.node, context) || isCursorIteration(operation.node) || usedAsSingleRow(operation.node, context)) return;
  const viaBuilder = !operation.steps.some((step) => step.member?.op);
  // `query.execute()` on a builder assembled in a local variable across statements.
  const root = rootVariable(operation.call);
  if (root && isBuilderParameter(root, context)) return;
  const rootBound = root && isLocalVariable(root, context) ? bounds.ofBuilderVariable(root) : undefined;
  // A chain that starts from a workspace function or a parameter (`this.activeAccounts().select()`,
  // `query.onConflict(...)`) is judged where the query is built: its first part may be a write.
  if (viaBuilder && !operation.steps[0]?.member && !rootBound) return;
  if (rootBound?.kind === 'bounded' || rootBound?.kind === 'unknown') return;
  if (tableNamesOf(operation, context.models.checker).some((name) => allowed(name))) return;
  if (root && tableNamesOfVariable(root, context).some((name) => allowed(name))) return;
  const ownBound = bounds.ofOperation(operation);
  const bound = ownBound.kind === 'bounded' || ownBound.kind === 'unknown' || !rootBound ? ownBound : rootBound.kind === 'partial' ? rootBound : ownBound;
  if (bound.kind !== 'unbounded' && bound.kind !== 'partial') return;
  const what = `\`${operation.description}\` (${operation.library.displayName})`;
  const advice = operation.library.limitAdvice ?? 'add a limit and paginate';
  // Bounded on some paths: the fix would override the existing limit; the message says what to do.
  const fixes = bound.kind === 'unbounded' ? limitFixes(context, operation) : [];
  context.report({
    node: operation.node,
    endNode: calleeOf(operation.call),
    fixes,
    message:
      bound.kind === 'partial'
        ? `${what} is bounded only on some paths: when the limit is not given it returns every matching row. Give the limit a default and a maximum; ${advice}.`
        : `${what} returns every matching row: nothing bounds it, so the response, the memory and the query time grow with the table. ${capitalize(advice)}.`,
    related: bound.kind === 'partial' ? [{ node: bound.where, message: 'the limit, applied only on some paths' }] : [],
  });
}

/** How each ORM loads relations with a read: the option keys, the key that bounds a relation, the table a field points to. */
const RELATION_LOADS: Record<string, { keys: string[]; bound: string; target: (type: string) => string; models: (context: RuleContext) => PrismaModels }> = {
  prisma: { keys: ['include', 'select'], bound: 'take', target: (type) => type[0].toLowerCase() + type.slice(1), models: (context) => context.models.prismaModels() },
  drizzle: { keys: ['with'], bound: 'limit', target: (type) => type, models: (context) => context.models.drizzleRelations() },
};

/** Prisma reads and writes (which return the row, with what `include` asks), and Drizzle relational queries. */
const RELATION_READS = new Set(['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'create', 'update', 'upsert', 'delete']);

/** `include: { comments: true }` (Prisma) or `with: { comments: true }` (Drizzle) on a to-many relation, with no bound. */
function checkRelationLoads(context: RuleContext, operation: IoOperation, allowed: (name: string) => boolean): void {
  const loads = RELATION_LOADS[operation.library.id];
  if (!loads || !RELATION_READS.has(calledMemberName(operation.call) ?? '')) return;
  const models = loads.models(context);
  const table = delegateName(operation.call);
  const args = ts.isCallExpression(operation.call) ? operation.call.arguments[0] : undefined;
  if (!table || !args || models.size === 0) return;
  const library = operation.library.displayName;
  const visitRelations = (object: ts.Expression, model: string, depth: number) => {
    const literal = skipOuterExpressions(object);
    if (!ts.isObjectLiteralExpression(literal) || depth > 3) return;
    for (const key of loads.keys) {
      const relations = objectProperty(literal, key);
      if (!relations || !ts.isObjectLiteralExpression(relations)) continue;
      for (const property of relations.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) continue;
        const field = models.get(model)?.get(property.name.text);
        if (!field) continue;
        const value = skipOuterExpressions(property.initializer);
        const target = loads.target(field.type);
        if (field.list && models.has(target) && !allowed(field.type) && !allowed(property.name.text)) {
          const bounded = ts.isObjectLiteralExpression(value) && objectProperty(value, loads.bound) !== undefined;
          if (!bounded && value.kind !== ts.SyntaxKind.FalseKeyword) {
            context.report({
              node: operation.node,
              endNode: calleeOf(operation.call),
              message:
                `\`${key}.${property.name.text}\` in \`${operation.description}\` (${library}) loads every row of the to-many relation ${property.name.text} for each ${model} row: ` +
                `nothing bounds the relation, so each row drags all its ${property.name.text} with it. Add \`${loads.bound}\` to the ${key}, or load the relation paginated.`,
              related: [{ node: property, message: `the to-many relation ${property.name.text}` }],
            });
          }
        }
        if (ts.isObjectLiteralExpression(value)) visitRelations(value, target, depth + 1);
      }
    }
  };
  visitRelations(args, table, 0);
}

function builderMessage(identifier: ts.Identifier, library: string, advice: string | undefined, bound: ListBound): string {
  const name = `\`${identifier.text}\` (${library})`;
  return bound.kind === 'partial'
    ? `The query built in ${name} is bounded only on some paths: when the limit is not applied it returns every matching row. Apply a default limit on every path; ${advice ?? 'add a limit'}.`
    : `The query built in ${name} returns every matching row: nothing bounds it, so the response, the memory and the query time grow with the table. ${capitalize(advice ?? 'add a limit and paginate')}.`;
}

function allowList(options: Record<string, unknown>): (name: string) => boolean {
  return tableNameMatcher(Array.isArray(options.allow) ? options.allow.filter((item): item is string => typeof item === 'string') : []);
}

function tableNamesOfVariable(identifier: ts.Identifier, context: RuleContext): string[] {
  const declaration = context.models.checker.getSymbolAtLocation(identifier)?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return [];
  const names: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node)) names.push(node.text);
    if (ts.isIdentifier(node)) names.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(declaration.initializer);
  return names;
}

/**
 * Whether a query value is finished and run somewhere else: kept in a variable (judged where the
 * variable runs), given to a workspace helper (`paginate(Post.find(), req)`), or returned to callers
 * that chain further (`base().limit(20)`) or keep it. A query awaited, or returned to callers that
 * only await it, is judged here.
 */
function judgedElsewhere(node: ts.Node, context: RuleContext, depth = 0): boolean {
  const { parent, child } = valueParent(node);
  if (ts.isVariableDeclaration(parent) && parent.initializer === child) return true;
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === child) return true;
  // Given to a helper (`paginate(q, req)`), or a subquery of a library call (`whereIn('id', db('t').select('id'))`,
  // `with('d', q)`). Only `Promise.all([...])` and the like run it as it is.
  if (ts.isCallExpression(parent) && parent.arguments.includes(child as ts.Expression)) return !isPromiseCombinator(parent);
  if (ts.isArrayLiteralExpression(parent) && ts.isCallExpression(parent.parent) && !isPromiseCombinator(parent.parent)) return true;
  const returned = ts.isReturnStatement(parent) || (ts.isArrowFunction(parent) && parent.body === child);
  if (!returned || depth > 2) return false;
  // The function whose result it is: the arrow itself for an expression body (`(t) => db(t).where(...)`).
  const fn = ts.isArrowFunction(parent) ? parent : enclosingFunction(parent);
  if (ts.isSourceFile(fn)) return false;
  if (context.models.callSites.extendedByCallers(fn)) return true;
  return context.models.callSites.of(fn).some((site) => site.call !== undefined && !ts.isAwaitExpression(valueParent(site.call).parent) && judgedElsewhere(site.call, context, depth + 1));
}

/** `for await (const doc of Model.find())`: documents streamed one batch at a time. */
function isCursorIteration(node: ts.Node): boolean {
  const { parent, child } = valueParent(node);
  return ts.isForOfStatement(parent) && !!parent.awaitModifier && parent.expression === child;
}

function isPromiseCombinator(call: ts.CallExpression): boolean {
  const callee = skipOuterExpressions(call.expression);
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'Promise';
}

/**
 * Rows read as one: `const [row] = await q`, `(await q)[0]`, `rows[0]`, `rows.length > 0`: the code
 * expects at most one row (a lookup by a key the analysis cannot see, or an existence check).
 */
function usedAsSingleRow(node: ts.Node, context: RuleContext): boolean {
  let { parent, child } = valueParent(node);
  if (ts.isAwaitExpression(parent)) ({ parent, child } = valueParent(parent));
  if (ts.isElementAccessExpression(parent) && parent.expression === child) return isZero(parent.argumentExpression);
  if (!ts.isVariableDeclaration(parent) || parent.initializer !== child) return false;
  if (ts.isArrayBindingPattern(parent.name)) return parent.name.elements.length === 1;
  if (!ts.isIdentifier(parent.name)) return false;
  const symbol = context.models.checker.getSymbolAtLocation(parent.name);
  const scope = enclosingFunction(parent);
  if (!symbol || ts.isSourceFile(scope) || !scope.body) return false;
  let uses = 0;
  let single = true;
  const visit = (current: ts.Node): void => {
    if (ts.isIdentifier(current) && current !== parent.name && context.models.checker.getSymbolAtLocation(current) === symbol) {
      uses++;
      const use = current.parent;
      const firstRow = ts.isElementAccessExpression(use) && use.expression === current && isZero(use.argumentExpression);
      const counted = ts.isPropertyAccessExpression(use) && use.name.text === 'length' && isExistenceTest(use);
      if (!firstRow && !counted) single = false;
    }
    ts.forEachChild(current, visit);
  };
  visit(scope.body);
  return uses > 0 && single;
}

/** `rows.length > 0`, `rows.length === 0`, `!rows.length`: whether any row exists. */
function isExistenceTest(length: ts.Expression): boolean {
  const { parent } = valueParent(length);
  if (ts.isPrefixUnaryExpression(parent) && parent.operator === ts.SyntaxKind.ExclamationToken) return true;
  if (!ts.isBinaryExpression(parent)) return false;
  const other = parent.left === length ? parent.right : parent.left;
  return ts.isNumericLiteral(other) && (other.text === '0' || other.text === '1') && /^(>|>=|<|===|!==|==|!=)$/.test(parent.operatorToken.getText());
}

function isZero(node: ts.Expression): boolean {
  return ts.isNumericLiteral(node) && node.text === '0';
}

/**
 * A query builder received as a parameter: the caller started the query (`modify(filterByArchived)`,
 * a helper adding a `where`) and runs it. A database handle received as a parameter (`trx`) is not.
 */
function isBuilderParameter(identifier: ts.Identifier, context: RuleContext): boolean {
  const declaration = context.models.checker.getSymbolAtLocation(identifier)?.valueDeclaration;
  if (!declaration || !ts.isParameter(declaration)) return false;
  const value = context.models.resolver.asKind(context.models.resolver.valueOf(identifier));
  return !!value && !!context.models.registry.kind(value.kind)?.spec.thenable;
}

/** The variable a chain starts from: `query` in `query.orderBy('id').execute()`. */
function rootVariable(node: ts.Expression): ts.Identifier | undefined {
  const root = chainRoot(node);
  return root && ts.isIdentifier(root) ? root : undefined;
}

/** A `const`/`let` of the function holding the builder (not a parameter, not an import). */
function isLocalVariable(identifier: ts.Identifier, context: RuleContext): boolean {
  const declaration = context.models.checker.getSymbolAtLocation(identifier)?.valueDeclaration;
  return !!declaration && ts.isVariableDeclaration(declaration) && !!declaration.initializer && !ts.isSourceFile(enclosingFunction(declaration));
}

/** The SQL of a raw query: the argument (`query(sql)`, `query({ text })`, `query({ sql })`) or a tagged template of the chain. */
function sqlArgumentOf(operation: IoOperation): ts.Node | undefined {
  const tagged = operation.steps.find((step) => ts.isTaggedTemplateExpression(step.call));
  if (tagged && ts.isTaggedTemplateExpression(tagged.call)) return tagged.call.template;
  const call = operation.call;
  if (ts.isTaggedTemplateExpression(call)) return call.template;
  const argument = call.arguments[operation.member.sqlArgument ?? 0];
  const expression = argument && skipOuterExpressions(argument);
  if (expression && ts.isObjectLiteralExpression(expression)) return objectProperty(expression, 'text') ?? objectProperty(expression, 'sql');
  return argument;
}

/** `prisma.orderItem.findMany` → `orderItem`. */
function delegateName(call: ts.CallExpression | ts.TaggedTemplateExpression): string | undefined {
  const callee = skipOuterExpressions(ts.isCallExpression(call) ? call.expression : call.tag);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const receiver = skipOuterExpressions(callee.expression);
  return ts.isPropertyAccessExpression(receiver) ? receiver.name.text : undefined;
}

function calleeOf(call: ts.CallExpression | ts.TaggedTemplateExpression): ts.Node {
  return ts.isCallExpression(call) ? call.expression : call.tag;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
