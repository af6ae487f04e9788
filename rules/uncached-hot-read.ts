import { ts } from 'ts-morph';
import type { IoOperation } from '../src/core/operations';
import type { ReadEvent, ReadKind } from '../src/core/reads';
import { isConditionalPosition, readKindOf } from '../src/core/reads';
import type { Rule, RuleContext } from '../src/core/rule';
import type { RunContext } from '../src/core/run-contexts';
import { isFunctionLikeWithBody, lineAndColumn, shortText } from '../src/core/syntax';

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
    reportConstantReads(context, reported);
    reportRepeatedReads(context, reported);
  },
};

/** Queries with constant arguments and fixed-path file reads, in request-serving code. */
function reportConstantReads(context: RuleContext, reported: Set<ts.Node>): void {
  const { operations, constants, memoization, checker } = context.models;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isTaggedTemplateExpression(node)) {
      const operation = operations.classify(node);
      const kind = operation && readKindOf(operation, checker);
      if (operation && kind && isConstantRead(operation, kind)) {
        const runs = servingRun(context, node);
        if (runs && !memoization.cacheOver(node)) {
          reported.add(node);
          context.report({
            node: operation.node,
            endNode: ts.isCallExpression(operation.call) ? operation.call.expression : operation.call.tag,
            message: constantReadMessage(operation, kind, runs),
            related: chainOf(runs),
          });
        }
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(context.sourceFile);

  function isConstantRead(operation: IoOperation, kind: ReadKind): boolean {
    if (kind === 'file') {
      const path = ts.isCallExpression(operation.call) ? operation.call.arguments[0] : undefined;
      return path !== undefined && constants.isConstant(path);
    }
    // A count or a sum over a table changes with every write to it: not read-mostly data.
    return operation.op !== 'aggregate' && constants.isConstantChain(operation.node);
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
            context.report({
              node: second.node,
              endNode: ts.isCallExpression(second.node) ? second.node.expression : second.node.tag,
              message: repeatedReadMessage(context, first, second, runs),
              related: [{ node: first.node, message: `the first read: ${shortText(first.node, 60)}` }, ...chainOf(runs)],
            });
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(context.sourceFile);
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

function isDirect(context: RuleContext, event: ReadEvent): boolean {
  return context.models.operations.classify(event.node)?.node === event.node;
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
    // At the first node holding both, the two must not sit in two branches of it.
    if (second.pos >= parent.pos && second.end <= parent.end) return !isConditionalPosition(parent, child);
    if (isConditionalPosition(parent, child)) return false;
    if (ts.isFunctionLike(parent)) return false;
  }
  return false;
}
