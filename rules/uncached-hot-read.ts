import { ts } from '../src/core/ts';
import type { IoOperation } from '../src/core/operations';
import type { ReadEvent, ReadKind } from '../src/core/reads';
import { isConditionalPosition, readKindOf } from '../src/core/reads';
import { tableNameMatcher, tableNamesOf } from '../src/core/table-names';
import type { Rule, RuleContext } from '../src/core/rule';
import type { RunContext } from '../src/core/run-contexts';
import { enclosingFunction, isFunctionLikeWithBody, lineAndColumn, shortText, skipOuterExpressions } from '../src/core/syntax';
import { isDirect, isSingleRow, ModuleAdditions, memoizedQueryFix, readOnceFix, reuseFirstReadFix } from './fixes/uncached-hot-read';

type Serving = Extract<RunContext, { kind: 'repeated' }> & { handler: NonNullable<Extract<RunContext, { kind: 'repeated' }>['handler']> };

/**
 * uncached-hot-read: read-mostly data read again on every request with no cache in front of it: a
 * query whose arguments are all constants, a file at a fixed path, or the same query with the same
 * arguments twice while serving one request.
 */
export const uncachedHotRead: Rule = {
  meta: {
    id: 'uncached-hot-read',
    description: 'Read-mostly data is read again on every request with no cache in front of it.',
    help:
      'A query whose arguments are all constants (settings, feature flags, countries, plans) or a file at a ' +
      'fixed path returns the same thing to every request, yet each request pays a round trip or a disk read ' +
      'for it. Read it once at startup, or keep it in a module-level memoized promise with a TTL ' +
      '(memoizee, lru-cache, cache-manager `wrap`, Next\'s `unstable_cache`). When one request runs the same ' +
      'query with the same arguments twice, reuse the first result.',
    defaultSeverity: 'warn',
  },
  check(context) {
    const reported = new Set<ts.Node>();
    reportConstantReads(context, reported, new ModuleAdditions(context.sourceFile));
    reportRepeatedReads(context, reported);
  },
};

/** Queries with constant arguments and fixed-path file reads, in request-serving code. */
function reportConstantReads(context: RuleContext, reported: Set<ts.Node>, additions: ModuleAdditions): void {
  const { operations, constants, memoization, checker } = context.models;
  const isReferenceTable = tableNameMatcher([...REFERENCE_TABLES, ...stringList(context.options.referenceTables)]);
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isTaggedTemplateExpression(node)) {
      const operation = operations.classify(node);
      const kind = operation && readKindOf(operation, checker);
      const runs = operation && kind && operation.execution === 'runs' ? servingRun(context, node) : undefined;
      if (operation && kind && runs && !isExtendedByCallers(context, operation) && isConstantRead(operation, kind, runs)) {
        if (isHotRead(context, operation) && !memoization.cacheOver(node) && ![node, ...runs.via].some((call) => memoization.isRefill(call))) {
          reported.add(node);
          const fix = kind !== 'file' ? memoizedQueryFix(context, operation, kind, additions) : constants.isConstant((operation.call as ts.CallExpression).arguments[0]) ? readOnceFix(context, operation, additions) : undefined;
          context.report({
            node: operation.node,
            endNode: ts.isCallExpression(operation.call) ? operation.call.expression : operation.call.tag,
            message: constantReadMessage(operation, kind, runs),
            related: chainOf(runs),
            fixes: fix ? [fix] : [],
          });
        }
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(context.sourceFile);

  function isConstantRead(operation: IoOperation, kind: ReadKind, runs: Serving): boolean {
    // Constant for every caller, or at least on the way from this handler (the arguments of the calls
    // on the chain).
    const onPath = (): ReturnType<typeof constants.alongPath> => constants.alongPath(callPath(context, operation.node, runs));
    if (kind === 'file') {
      const path = ts.isCallExpression(operation.call) ? operation.call.arguments[0] : undefined;
      return path !== undefined && (constants.isConstant(path) || onPath().isConstant(path));
    }
    // A count or a sum over a table, or its first or last row, changes with every write to it: not
    // read-mostly data.
    if (kind === 'aggregate' || isExtremumProbe(operation)) return false;
    if (!constants.isConstantChain(operation.node) && !onPath().isConstantChain(operation.node)) return false;
    // A whole list is read-mostly data only for reference and configuration tables: a constant list
    // of users, events or tokens is live data (and unbounded-query's concern).
    if (kind === 'cache') return true;
    return isSingleRow(operation) || tableNamesOf(operation, checker).some(isReferenceTable);
  }
}

/** The same read with the same arguments twice in one request-serving function: the second is reported. */
function reportRepeatedReads(context: RuleContext, reported: Set<ts.Node>): void {
  const { readEvents } = context.models;
  const visit = (node: ts.Node): void => {
    if (isFunctionLikeWithBody(node)) {
      const { reads, writes } = readEvents.of(node);
      const repeats = reads.length > 1 && new Set(reads.map((read) => read.key)).size < reads.length;
      const runs = repeats ? servingRun(context, node) : undefined;
      if (runs) {
        for (let later = 1; later < reads.length; later++) {
          const second = reads[later];
          if (reported.has(second.node)) continue;
          const first = reads
            .slice(0, later)
            .find(
              (candidate) =>
                candidate.key === second.key &&
                candidate.node !== second.node &&
                !candidate.conditional &&
                runsBefore(candidate.node, second.node) &&
                !writes.some((write) => write.node.getStart() >= candidate.node.getStart() && write.node.getStart() < second.node.getStart()),
            );
          if (first) {
            reported.add(second.node);
            const fix = reuseFirstReadFix(context, first, second, node);
            context.report({
              node: second.node,
              endNode: ts.isCallExpression(second.node) ? second.node.expression : second.node.tag,
              message: repeatedReadMessage(context, first, second, runs),
              related: [{ node: first.node, message: `the first read: ${shortText(first.node, 60)}` }, ...chainOf(runs)],
              fixes: fix ? [fix] : [],
            });
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(context.sourceFile);
}

/**
 * A constant list read followed by writes in the same function feeds those writes (a sync, an import,
 * a copy of template rows): it needs the rows as they are now, whatever the HTTP method says (a
 * `GET /demo-user/sync` writes too). Reference rows read without writing after them, single settings
 * rows, files and Redis keys stay hot.
 */
function isHotRead(context: RuleContext, operation: IoOperation): boolean {
  if (operation.op !== 'list') return true;
  const fn = enclosingFunction(operation.node);
  if (ts.isSourceFile(fn)) return true;
  return !context.models.readEvents.of(fn).writes.some((write) => write.node.getStart() > operation.node.getEnd());
}

/**
 * A builder returned from a helper that its callers go on to extend (`activeUsers().select(COLUMNS)`,
 * `base().where({ id })`): the query is finished, and judged, where it is called.
 */
function isExtendedByCallers(context: RuleContext, operation: IoOperation): boolean {
  if (!operation.member.lazy) return false;
  let value: ts.Node = operation.node;
  while (ts.isParenthesizedExpression(value.parent) || ts.isAsExpression(value.parent)) value = value.parent;
  const fn = ts.isReturnStatement(value.parent) ? enclosingFunction(value.parent) : ts.isArrowFunction(value.parent) && value.parent.body === value ? value.parent : undefined;
  return fn !== undefined && !ts.isSourceFile(fn) && context.models.callSites.extendedByCallers(fn);
}

/**
 * Tables that hold reference and configuration data: read on every request, written by an
 * administrator now and then. The rule option `referenceTables` adds a project's own.
 */
const REFERENCE_TABLES = [
  'setting', 'config', 'configuration', 'property', 'option', 'flag', 'featureFlag', 'featureType', 'tagType', 'tag',
  'role', 'permission', 'group', 'plan', 'product', 'catalog', 'country', 'currency', 'region', 'locale', 'language',
  'timezone', 'category', 'strategy', 'environment', 'platform', 'taxRate', 'exchangeRate', 'template',
];

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Keys and builder steps that order rows. */
const ORDERING = /^(orderBy|order|sort)$/;

/**
 * The first or last row by some order (`findFirst({ orderBy: { date: 'asc' } })`, `find({ order:
 * { sequenceNo: 'DESC' }, take: 1 })`, `.orderBy('id', 'desc').first()`): a MIN or MAX of live data,
 * often read to compute the next write.
 */
function isExtremumProbe(operation: IoOperation): boolean {
  let ordered = false;
  let oneRow = operation.op === 'by-key' || (operation.op === 'query' && operation.member.reads === true);
  for (const step of operation.steps) {
    if (step.name && ORDERING.test(step.name)) ordered = true;
    if (step.name && /^(first|limit|take)$/.test(step.name) && (step.name === 'first' || isOne(ts.isCallExpression(step.call) ? step.call.arguments[0] : undefined))) oneRow = true;
    for (const argument of ts.isCallExpression(step.call) ? step.call.arguments : []) {
      const options = skipOuterExpressions(argument);
      if (!ts.isObjectLiteralExpression(options)) continue;
      for (const property of options.properties) {
        const name = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteralLike(property.name)) ? property.name.text : '';
        if (ORDERING.test(name)) ordered = true;
        if (/^(take|limit)$/.test(name) && ts.isPropertyAssignment(property) && isOne(property.initializer)) oneRow = true;
      }
    }
  }
  return ordered && oneRow;
}

function isOne(expression: ts.Expression | undefined): boolean {
  const node = expression && skipOuterExpressions(expression);
  return node !== undefined && ts.isNumericLiteral(node) && node.text === '1';
}

/**
 * The call that runs each function on the way from the handler down to `node`: `via` lists the calls
 * from the innermost up, each calling the function that holds the one before it.
 */
function callPath(context: RuleContext, node: ts.Node, runs: Serving): Map<ts.Node, ts.CallExpression> {
  const path = new Map<ts.Node, ts.CallExpression>();
  let inner: ts.Node = node;
  for (const step of runs.via) {
    const fn = enclosingFunction(inner);
    if (ts.isSourceFile(fn) || !ts.isCallExpression(step) || !context.models.summaries.calleesOf(step).includes(fn)) break;
    path.set(fn, step);
    inner = step;
  }
  return path;
}

/** The request the code serves, when it runs per request. */
function servingRun(context: RuleContext, node: ts.Node): Serving | undefined {
  const runs = isFunctionLikeWithBody(node) ? context.models.runContexts.ofFunction(node) : context.models.runContexts.of(node);
  return runs.kind === 'repeated' && runs.handler ? (runs as Serving) : undefined;
}

function chainOf(runs: Serving): Array<{ node: ts.Node; message: string }> {
  return [
    { node: runs.handler.node, message: `the request handler: ${runs.handler.description}` },
    ...[...runs.via].reverse().map((step) => ({ node: step, message: `calls ${shortText(step, 50)}` })),
  ];
}

function constantReadMessage(operation: IoOperation, kind: ReadKind, runs: Serving): string {
  const call = shortText(operation.node, 70);
  const serving = `while serving a request (${runs.handler.description})`;
  if (kind === 'file') {
    return `\`${call}\` reads the same file from disk on every request ${serving}. Read it once at startup, or keep it in a module-level promise.`;
  }
  return (
    `\`${call}\` (${operation.library.displayName}) has only constant arguments: every request reads the same data from ${operation.library.target} again, ${serving}, with no cache in front of it. ` +
    'Load it once at startup, or keep it in a module-level memoized promise with a TTL.'
  );
}

function repeatedReadMessage(context: RuleContext, first: ReadEvent, second: ReadEvent, runs: Serving): string {
  const { line } = lineAndColumn(first.node.getSourceFile(), first.node.getStart());
  const through = isDirect(context, second) ? '' : `, through \`${shortText(second.node, 50)}\`,`;
  return (
    `\`${second.description}\` runs again${through} with the same arguments as on line ${line}, while serving one request (${runs.handler.description}). ` +
    'Reuse the first result: pass it down instead of reading it again.'
  );
}

/**
 * `first` has run whenever `second` runs: it comes earlier and is not inside a branch, a condition's
 * right-hand side or a catch that `second` is outside of. Two reads in the two branches of an if/else
 * are not a repeat: one of them runs per request.
 */
function runsBefore(first: ts.Node, second: ts.Node): boolean {
  if (first.end > second.getStart()) return false;
  let child: ts.Node = first;
  for (let parent = first.parent; parent; child = parent, parent = parent.parent) {
    // At the first node holding both, the two must not sit in two branches of it, nor in a try block
    // and its catch (the catch runs when the try did not finish).
    if (second.pos >= parent.pos && second.end <= parent.end) return !isConditionalPosition(parent, child) && !(ts.isTryStatement(parent) && child === parent.tryBlock);
    if (isConditionalPosition(parent, child)) return false;
    if (ts.isFunctionLike(parent)) return false;
  }
  return false;
}
