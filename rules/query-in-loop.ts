import { ts } from 'ts-morph';
import type { Iteration } from '../src/core/iteration';
import { describeIteration, hasLoopCarriedDependency } from '../src/core/iteration';
import type { IoOperation } from '../src/core/operations';
import type { Rule, RuleContext } from '../src/core/rule';
import type { IoFact } from '../src/core/summaries';
import { isImmediatelyUsedCallback } from '../src/core/summaries';
import type { Fix } from '../src/core/findings';
import { insertAt, replaceNode } from '../src/core/fixes';
import { enclosingFunction, isFunctionLikeWithBody, lineAndColumn, shortText, skipOuterExpressions } from '../src/core/syntax';

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
      checkCall(context, node, stack, reported);
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
    const fix = batchFix(context, operation, iteration);
    context.report({
      node: operation.node,
      endNode: calleeEnd(operation.call),
      fixes: fix ? [fix] : [],
      message: directMessage(operation, iteration),
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
    message: helperMessage(context, call, fact, iteration),
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

function adviceFor(operation: IoOperation): string {
  const { library } = operation;
  return operation.op === 'write' && library.writeAdvice ? library.writeAdvice : library.batchAdvice;
}

/**
 * One batch call instead of N single ones, where the library has a batch form of the call (Redis
 * `get` → `mget`) and the key is built from the element alone:
 * - `await Promise.all(ids.map((id) => redis.get(key(id))))` → `await redis.mget(ids.map((id) => key(id)))`;
 * - in `for (const id of ids)`, `await redis.get(key(id))` → `values[index] ?? null`, with the batch read
 *   before the loop and the loop over `ids.entries()`.
 */
function batchFix(context: RuleContext, operation: IoOperation, iteration: Iteration): Fix | undefined {
  if (operation.member.inListBatch) return inListFix(context, operation, iteration, operation.member.inListBatch);
  const batch = operation.member.batchForm;
  const call = operation.call;
  if (!batch || !ts.isCallExpression(call) || call !== operation.node || call.arguments.length !== 1) return undefined;
  const callee = skipOuterExpressions(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const client = callee.expression.getText();
  const key = call.arguments[0];
  if (iteration.callback && iteration.method === 'map' && iteration.parallel) {
    const callback = iteration.callback;
    const element = callback.parameters[0];
    const body = ts.isArrowFunction(callback) && !ts.isBlock(callback.body) ? skipOuterExpressions(callback.body) : undefined;
    const inner = body && ts.isAwaitExpression(body) ? skipOuterExpressions(body.expression) : body;
    const all = iteration.node.parent;
    if (inner !== call || callback.parameters.length !== 1 || !element || !ts.isIdentifier(element.name) || !ts.isCallExpression(iteration.node) || !ts.isCallExpression(all)) return undefined;
    if (!usesOnly(key, element.name, callback, context.models.checker)) return undefined;
    const items = (iteration.node.expression as ts.PropertyAccessExpression).expression.getText();
    return {
      title: `Read all keys with one ${batch}()`,
      edits: [replaceNode(all, `${client}.${batch}(${items}.map((${element.name.text}) => ${key.getText()}))`)],
    };
  }
  const loop = iteration.node;
  if (!ts.isForOfStatement(loop) || loop.awaitModifier || !ts.isAwaitExpression(call.parent)) return undefined;
  const declarations = ts.isVariableDeclarationList(loop.initializer) ? loop.initializer.declarations : [];
  const element = declarations.length === 1 ? declarations[0].name : undefined;
  const items = skipOuterExpressions(loop.expression);
  if (!element || !ts.isIdentifier(element) || !(ts.isIdentifier(items) || ts.isPropertyAccessExpression(items))) return undefined;
  if (!usesOnly(key, element, loop, context.models.checker) || !usesOnly(callee.expression, undefined, loop, context.models.checker)) return undefined;
  const fnText = enclosingFunctionText(loop);
  const values = freshName(['values', 'batchValues', 'mgetValues'], fnText);
  const index = freshName(['index', 'position', 'i'], fnText);
  if (!values || !index) return undefined;
  const indent = /[ \t]*$/.exec(loop.getSourceFile().text.slice(0, loop.getStart()))?.[0] ?? '';
  return {
    title: `Read all keys with one ${batch}() before the loop`,
    edits: [
      insertAt(loop, loop.getStart(), `const ${values} = await ${client}.${batch}(${items.getText()}.map((${element.text}) => ${key.getText()}));\n${indent}`),
      replaceNode(element, `[${index}, ${element.text}]`),
      replaceNode(items, `${items.getText()}.entries()`),
      replaceNode(call.parent, `(${values}[${index}] ?? null)`),
    ],
  };
}

/** Every name the expression uses is `element`, or declared outside `scope` (it is the same for all elements). */
function usesOnly(expression: ts.Node, element: ts.Identifier | undefined, scope: ts.Node, checker: ts.TypeChecker): boolean {
  let ok = true;
  const elementSymbol = element && checker.getSymbolAtLocation(element);
  const visit = (node: ts.Node): void => {
    if (!ok) return;
    if (ts.isIdentifier(node) && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) {
      // In `{ id }`, the variable, not the property being written.
      const symbol = ts.isShorthandPropertyAssignment(node.parent) ? checker.getShorthandAssignmentValueSymbol(node.parent) : checker.getSymbolAtLocation(node);
      if (symbol && symbol === elementSymbol) return;
      const declaration = symbol?.declarations?.[0];
      if (declaration && declaration.getSourceFile() === scope.getSourceFile() && declaration.pos >= scope.pos && declaration.end <= scope.end) ok = false;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(expression);
  return ok;
}

function enclosingFunctionText(node: ts.Node): string {
  const fn = enclosingFunction(node);
  return fn.getText();
}

function freshName(candidates: string[], text: string): string | undefined {
  return candidates.find((name) => !new RegExp(`\\b${name}\\b`).test(text));
}

/**
 * A by-key lookup in a `for...of` loop, read for all elements at once before the loop and looked up in
 * a Map inside it: `await prisma.user.findUnique({ where: { id } })` →
 * `const userRows = await prisma.user.findMany({ where: { id: { in: ids.map((id) => id) } } })`,
 * `const userByKey = new Map(userRows.map((row) => [row.id, row]))`, and `(userByKey.get(id) ?? null)`.
 * Only the plain shape: one key in `where`, nothing but `where` and `include` in the arguments.
 */
function inListFix(context: RuleContext, operation: IoOperation, iteration: Iteration, batch: { member: string; operator: string }): Fix | undefined {
  const call = operation.call;
  const loop = iteration.node;
  if (!ts.isCallExpression(call) || call !== operation.node || call.arguments.length !== 1 || !ts.isAwaitExpression(call.parent)) return undefined;
  if (!ts.isForOfStatement(loop) || loop.awaitModifier) return undefined;
  const callee = skipOuterExpressions(call.expression);
  const options = skipOuterExpressions(call.arguments[0]);
  if (!ts.isPropertyAccessExpression(callee) || !ts.isObjectLiteralExpression(options)) return undefined;
  const names = options.properties.map((property) => property.name?.getText());
  if (!names.includes('where') || names.some((name) => name !== 'where' && name !== 'include') || options.properties.some((property) => !ts.isPropertyAssignment(property))) return undefined;
  const where = skipOuterExpressions((options.properties.find((property) => property.name?.getText() === 'where') as ts.PropertyAssignment).initializer);
  if (!ts.isObjectLiteralExpression(where) || where.properties.length !== 1) return undefined;
  const keyProperty = where.properties[0];
  const key = keyProperty.name && ts.isIdentifier(keyProperty.name) ? keyProperty.name.text : undefined;
  const value = ts.isShorthandPropertyAssignment(keyProperty) ? keyProperty.name : ts.isPropertyAssignment(keyProperty) ? keyProperty.initializer : undefined;
  const declarations = ts.isVariableDeclarationList(loop.initializer) ? loop.initializer.declarations : [];
  const element = declarations.length === 1 ? declarations[0].name : undefined;
  const items = skipOuterExpressions(loop.expression);
  if (!key || !value || !element || !ts.isIdentifier(element) || !(ts.isIdentifier(items) || ts.isPropertyAccessExpression(items))) return undefined;
  const { checker } = context.models;
  if (!usesOnly(value, element, loop, checker) || !usesOnly(callee.expression, undefined, loop, checker)) return undefined;
  const include = options.properties.find((property) => property.name?.getText() === 'include');
  const fnText = enclosingFunctionText(loop);
  const model = ts.isPropertyAccessExpression(callee.expression) ? callee.expression.name.text : 'row';
  const rows = freshName([`${model}Rows`, `${model}Batch`], fnText);
  const byKey = freshName([`${model}ByKey`, `${model}Lookup`], fnText);
  if (!rows || !byKey) return undefined;
  const indent = /[ \t]*$/.exec(loop.getSourceFile().text.slice(0, loop.getStart()))?.[0] ?? '';
  const query = `${callee.expression.getText()}.${batch.member}({ where: { ${key}: { ${batch.operator}: ${items.getText()}.map((${element.text}) => ${value.getText()}) } }${include ? `, ${include.getText()}` : ''} })`;
  return {
    title: `Load them all with one ${batch.member}() before the loop`,
    edits: [
      insertAt(loop, loop.getStart(), `const ${rows} = await ${query};\n${indent}const ${byKey} = new Map(${rows}.map((row) => [row.${key}, row]));\n${indent}`),
      replaceNode(call.parent, `(${byKey}.get(${value.getText()}) ?? null)`),
    ],
  };
}
