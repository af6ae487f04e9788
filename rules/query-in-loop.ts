import { ts } from '../src/core/ts';
import type { Iteration } from '../src/core/iteration';
import { describeIteration, hasLoopCarriedDependency } from '../src/core/iteration';
import type { IoOperation } from '../src/core/operations';
import type { Rule, RuleContext } from '../src/core/rule';
import type { IoFact } from '../src/core/summaries';
import { isImmediatelyUsedCallback } from '../src/core/summaries';
import { isFunctionLikeWithBody, lineAndColumn, shortText } from '../src/core/syntax';
import { batchFix } from './fixes/query-in-loop';

/**
 * query-in-loop: a database, cache or HTTP round trip executed once per iteration of a loop or per
 * element of an array callback, directly or through helpers in other files (N+1).
 */
export const queryInLoop: Rule = {
  meta: {
    id: 'query-in-loop',
    description: 'A database, cache or HTTP round trip runs once per loop iteration (N+1).',
    help:
      'A query, cache command or HTTP request inside a loop or an array callback runs once per element: ' +
      'N round trips instead of one, and with `Promise.all(items.map(...))` N parallel connections that can ' +
      'exhaust the pool. Batch it: one in-list query (`where: { id: { in: ids } }`, `In(ids)`, `$in`, ' +
      '`WHERE id = ANY($1)`, `whereIn`, `inArray`) before the loop and a Map lookup inside it, `mget` or a ' +
      'pipeline for Redis, DataLoader for GraphQL resolvers.',
    defaultSeverity: 'warn',
  },
  check(context) {
    findQueriesInLoops(context);
  },
};

function findQueriesInLoops(context: RuleContext): void {
  const { iterations } = context.models;
  const reported = new Set<ts.Node>();
  // Names the fixes declare, per function: two fixes applied together must not declare the same one.
  const declared = new Map<ts.Node, Set<string>>();

  const visit = (node: ts.Node, stack: readonly Iteration[]): void => {
    // A function declared here runs when called, not here: its loops start afresh.
    if (isFunctionLikeWithBody(node)) {
      const callback = iterations.ofCallback(node);
      if (callback) {
        visitChildren(node, [...stack, callback]);
        return;
      }
      visitChildren(node, isImmediatelyUsedCallback(node) ? stack : []);
      return;
    }
    const loop = iterations.ofStatement(node);
    if (loop) {
      visitLoop(node as ts.IterationStatement, stack, loop);
      return;
    }
    if ((ts.isCallExpression(node) || ts.isTaggedTemplateExpression(node)) && stack.length > 0) {
      checkCall(context, node, stack, reported, declared);
    }
    visitChildren(node, stack);
  };

  const visitChildren = (node: ts.Node, stack: readonly Iteration[]): void => {
    ts.forEachChild(node, (child) => visit(child, stack));
  };

  /** The iterable and the initializer run once; the body, condition and incrementor once per iteration. */
  const visitLoop = (node: ts.IterationStatement, stack: readonly Iteration[], loop: Iteration): void => {
    const inner = [...stack, loop];
    if (ts.isForOfStatement(node) || ts.isForInStatement(node)) {
      visit(node.initializer, stack);
      visit(node.expression, stack);
    } else if (ts.isForStatement(node)) {
      if (node.initializer) visit(node.initializer, stack);
      if (node.condition) visit(node.condition, inner);
      if (node.incrementor) visit(node.incrementor, inner);
    } else if (ts.isWhileStatement(node) || ts.isDoStatement(node)) {
      visit(node.expression, inner);
    }
    visit(node.statement, inner);
  };

  visitChildren(context.sourceFile, []);
}

function checkCall(
  context: RuleContext,
  call: ts.CallExpression | ts.TaggedTemplateExpression,
  stack: readonly Iteration[],
  reported: Set<ts.Node>,
  declared: Map<ts.Node, Set<string>>,
): void {
  const { operations, summaries, checker } = context.models;
  const iteration = innermostRepeating(stack);
  if (!iteration || reported.has(call)) return;

  const operation = operations.classify(call);
  if (operation) {
    if (!operations.isRoundTrip(operation)) return;
    if (operation.sameTickBatched && iteration.sameTick && issuedBeforeAnyAwait(call, iteration)) return;
    if (hasLoopCarriedDependency(iteration.node, operation.node, checker)) return;
    reported.add(call);
    const fix = batchFix(context, operation, iteration, declared);
    context.report({
      node: operation.node,
      endNode: calleeEnd(operation.call),
      fixes: fix ? [fix] : [],
      message: directMessage(operation, iteration) + resolverAdvice(context, operation, iteration),
      related: [{ node: iteration.node, message: `the ${describeIteration(iteration)} that repeats it` }],
    });
    return;
  }
  if (!ts.isCallExpression(call)) return;
  // A library call that is not a round trip (a builder step, a batch) leads nowhere further.
  const facts = summaries.roundTripsThrough(call);
  if (facts.length === 0 || hasLoopCarriedDependency(iteration.node, call, checker)) return;
  const synchronousCall = issuedBeforeAnyAwait(call, iteration);
  const fact = facts.find((candidate) => !(candidate.operation.sameTickBatched && iteration.sameTick && synchronousCall && candidate.synchronous));
  if (!fact) return;
  reported.add(call);
  context.report({
    node: call,
    endNode: calleeEnd(call),
    message: helperMessage(context, call, fact, iteration) + resolverAdvice(context, fact.operation, iteration),
    related: [
      { node: iteration.node, message: `the ${describeIteration(iteration)} that repeats it` },
      ...fact.via.slice(1).map((step) => ({ node: step, message: `calls ${shortText(step.expression, 50)}` })),
      { node: fact.operation.node, message: `${fact.operation.library.displayName} ${fact.operation.description}: the round trip` },
    ],
  });
}

/** The innermost enclosing iteration that really repeats; a non-repeating loop inside a repeating one still repeats. */
function innermostRepeating(stack: readonly Iteration[]): Iteration | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i].repeats) return stack[i];
  }
  return undefined;
}

/** Within an array callback, the call is issued before the callback's first await: same tick as the others. */
function issuedBeforeAnyAwait(call: ts.Node, iteration: Iteration): boolean {
  if (!iteration.callback) return false;
  let sawAwait = false;
  const start = call.getStart();
  const visit = (node: ts.Node): void => {
    if (sawAwait || node.getStart() >= start) return;
    if (ts.isAwaitExpression(node) && node.end <= start) {
      sawAwait = true;
      return;
    }
    if (node !== iteration.callback && ts.isFunctionLike(node)) return;
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(iteration.callback, visit);
  return !sawAwait;
}

function calleeEnd(call: ts.CallExpression | ts.TaggedTemplateExpression): ts.Node {
  return ts.isCallExpression(call) ? call.expression : call.tag;
}

function directMessage(operation: IoOperation, iteration: Iteration): string {
  const what = `\`${operation.description}\``;
  const repeat = iteration.parallel
    ? `runs once per element in ${describeIteration(iteration)}: N parallel round trips to ${operation.library.target} that can exhaust the connection pool`
    : `runs once per iteration of this ${describeIteration(iteration)}: N round trips to ${operation.library.target} instead of one`;
  return `${what} (${operation.library.displayName}) ${repeat}. Batch it: ${adviceFor(operation)}.`;
}

function helperMessage(context: RuleContext, call: ts.CallExpression, fact: IoFact, iteration: Iteration): string {
  const operation = fact.operation;
  const sourceFile = operation.node.getSourceFile();
  const { line } = lineAndColumn(sourceFile, operation.node.getStart());
  const where = `${context.relativePath(sourceFile.fileName)}:${line}`;
  const repeat = iteration.parallel
    ? `once per element in ${describeIteration(iteration)}: N parallel round trips`
    : `once per iteration of this ${describeIteration(iteration)}: N round trips`;
  return (
    `\`${shortText(call.expression, 50)}(…)\` calls ${operation.library.target} (${operation.library.displayName} ` +
    `\`${operation.description}\` at ${where}) ${repeat}. Batch it: ${adviceFor(operation)}.`
  );
}

/**
 * In a GraphQL resolver the same lookups also repeat across the parent objects a query returns (one
 * resolver call per post, each with its loop): a DataLoader per request batches them all.
 */
function resolverAdvice(context: RuleContext, operation: IoOperation, iteration: Iteration): string {
  // DataLoader batches reads; writes are batched by the library itself.
  if (operation.op === 'write' || (operation.op === 'cache' && !operation.member.reads)) return '';
  const run = context.models.runContexts.of(iteration.node);
  const handler = run.kind === 'repeated' ? run.handler : undefined;
  if (!handler?.graphqlResolver) return '';
  return ` In ${handler.description}, a DataLoader created per request (\`new DataLoader(batchLoad)\` over one batched read, then \`loader.load(key)\`) batches these reads across the whole GraphQL query.`;
}

function adviceFor(operation: IoOperation): string {
  const { library } = operation;
  return operation.op === 'write' && library.writeAdvice ? library.writeAdvice : library.batchAdvice;
}
