import { ts } from '../../src/core/ts';
import type { Iteration } from '../../src/core/iteration';
import type { IoOperation } from '../../src/core/operations';
import type { RuleContext } from '../../src/core/rule';
import type { Fix, TextEdit } from '../../src/core/findings';
import { freshName, importPosition, indentOf, insertAt, replaceNode } from '../../src/core/fixes';
import type { InListBatch } from '../../src/core/libraries/model';
import { readKindOf } from '../../src/core/reads';
import { enclosingFunction, importedBinding, skipOuterExpressions, usesName, valueParent } from '../../src/core/syntax';

/**
 * query-in-loop's fixes: one batch call before the loop instead of one call per element (Redis `mget`),
 * and a lookup by one key turned into one in-list query plus a `Map` lookup, from the library model's
 * `batchForm` and `inListBatch`.
 */

/**
 * One batch call instead of N single ones, where the library has a batch form of the call (Redis
 * `get` → `mget`) and the key is built from the element alone:
 * - `await Promise.all(ids.map((id) => redis.get(key(id))))` → `await redis.mget(ids.map((id) => key(id)))`;
 * - in `for (const id of ids)`, `await redis.get(key(id))` → `values[index] ?? null`, with the batch read
 *   before the loop and the loop over `ids.entries()`.
 */
export function batchFix(context: RuleContext, operation: IoOperation, iteration: Iteration, declared: Map<ts.Node, Set<string>>): Fix | undefined {
  if (lookupStep(operation) !== undefined) return inListFix(context, operation, iteration, declared);
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
  const indent = indentOf(loop);
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

/**
 * A lookup by one key, repeated per element, becomes one query for every key before the loop and a Map
 * lookup inside it. How the lookup and its batch are written comes from the library model
 * (`inListBatch`); only the plain shape is rewritten (one key compared for equality, nothing else in
 * the condition), the keys are built from the element alone, and the Map key is a string or a number
 * on both sides (so `Map.get` finds what the database matched). Two forms:
 * - in `for (const id of ids)`, `await prisma.user.findUnique({ where: { id } })` →
 *   `(userById.get(id) ?? null)`, with `userRows` and `userById` loaded before the loop;
 * - `const users = await Promise.all(ids.map((id) => repo.findOneBy({ id })))` → the same two
 *   statements before it and `const users = ids.map((id) => userById.get(id) ?? null)`.
 * The lookup's "not found" stays what it was: `null`, or `undefined` (Knex `first()`, Kysely, Drizzle).
 */
function inListFix(context: RuleContext, operation: IoOperation, iteration: Iteration, declared: Map<ts.Node, Set<string>>): Fix | undefined {
  const top = operation.node;
  const index = lookupStep(operation);
  const spec = index === undefined ? undefined : operation.steps[index].member?.inListBatch;
  if (index === undefined || !spec || !ts.isCallExpression(top)) return undefined;
  const site = loopSite(iteration, top, spec);
  const lookup = site && parseLookup(context, operation, spec, index);
  if (!site || !lookup) return undefined;
  const { checker } = context.models;
  if (!checker.isArrayType(checker.getTypeAtLocation(site.items))) return undefined;
  if (!usesOnly(lookup.value, site.element, site.scope, checker) || !usesOnlyOutside(top, lookup.value, site.scope, checker)) return undefined;
  if (!sameKeyTypes(checker, site.result, lookup, spec.missing ?? 'null') || writesIn(context, site.body)) return undefined;
  const wrapper = spec.wrapper && lookup.needsWrapper ? importedLocal(top.getSourceFile(), spec.wrapper) : undefined;
  if (spec.wrapper && lookup.needsWrapper && !wrapper) return undefined;

  const fnText = enclosingFunctionText(site.anchor);
  const base = site.name ?? 'row';
  const key = capitalized(lookup.key);
  const fn = enclosingFunction(site.anchor);
  const taken = declared.get(fn) ?? new Set<string>();
  const fresh = (candidates: string[]): string | undefined => freshName(candidates.filter((name) => !taken.has(name)), fnText);
  const rows = fresh(base === 'row' ? ['rows', 'loadedRows', 'batchRows'] : [`${base}Rows`, `${base}Batch`, `loaded${capitalized(base)}Rows`]);
  const byKey = fresh([`${base}By${key}`, `${base}Lookup`, `loaded${capitalized(base)}By${key}`]);
  if (!rows || !byKey) return undefined;
  declared.set(fn, taken.add(rows).add(byKey));
  const keys = keysText(site, lookup.value, checker);
  const batch = lookup.batch(keys, wrapper?.local ?? '') + (spec.then ? `.${spec.then}()` : '');
  const awaited = spec.rowsProperty ? `(await ${batch}).${spec.rowsProperty}` : spec.rowsElement !== undefined ? `(await ${batch})[${spec.rowsElement}]` : `await ${batch}`;
  const load = spec.emptyListFails ? `${site.items.getText()}.length === 0 ? [] : ${awaited}` : awaited;
  const found =
    spec.missing === 'null' || spec.missing === undefined
      ? `${byKey}.get(${lookup.value.getText()}) ?? null`
      : `${byKey}.get(${lookup.value.getText()})${keepsRowType(checker, site.result, spec.missing) ? '!' : ''}`;
  const indent = indentOf(site.anchor);
  const edits = [
    insertAt(site.anchor, site.anchor.getStart(), `const ${rows} = ${load};\n${indent}const ${byKey} = new Map(${rows}.map((row) => [row.${lookup.key}, row]));\n${indent}`),
    ...site.replace(found),
  ];
  if (wrapper?.edit) edits.push(wrapper.edit);
  return { title: `Load all rows in one query before the ${site.anchor === iteration.node ? 'loop' : 'statement'} and look them up in a Map`, edits };
}

/**
 * `rows[0]` is typed as a row even though it may be undefined (without `noUncheckedIndexedAccess`);
 * `map.get(key)` adds `| undefined`. In TypeScript the lookup keeps the row type with `!`, so code that
 * used the row unchecked still compiles; at run time both are undefined when the row is missing.
 */
function keepsRowType(checker: ts.TypeChecker, result: ts.Expression, missing: string): boolean {
  if (missing !== 'first-element' || /\.[cm]?jsx?$/.test(result.getSourceFile().fileName)) return false;
  const type = checker.getTypeAtLocation(result);
  const parts = type.isUnion() ? type.types : [type];
  return !parts.some((part) => part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Any | ts.TypeFlags.Unknown));
}

/**
 * The index of the chain step that is the lookup: the last one, or the operation's call when only steps
 * the batch keeps follow it (`findOne({ email }).lean()`).
 */
function lookupStep(operation: IoOperation): number | undefined {
  const { steps } = operation;
  const last = steps.length - 1;
  if (last >= 0 && steps[last].call === operation.node && steps[last].member?.inListBatch) return last;
  const index = steps.findIndex((step) => step.call === operation.call);
  const keepAfter = index >= 0 ? steps[index].member?.inListBatch?.keepAfter : undefined;
  if (!keepAfter || steps.slice(index + 1).some((step) => !step.name || !keepAfter.includes(step.name) || (ts.isCallExpression(step.call) && step.call.arguments.length > 0))) return undefined;
  return index;
}

/** Where the lookup repeats, and what the fix replaces there. */
interface LoopSite {
  /** The element, or in an index loop (`for (let i = 0; i < items.length; i++)`) the index. */
  element: ts.Identifier;
  items: ts.Expression;
  indexed?: boolean;
  /** The loop or callback: names declared in it differ per element. */
  scope: ts.Node;
  /** What runs per element, checked for writes. */
  body: ts.Node;
  /** The statement the batch goes before. */
  anchor: ts.Statement;
  /** The expression whose value is the lookup's result, for its type. */
  result: ts.Expression;
  /** A name for the rows, from the variable that holds the result. */
  name?: string;
  /** The edits that put the Map lookup (`found`) where the lookup was. */
  replace: (found: string) => TextEdit[];
}

function loopSite(iteration: Iteration, top: ts.CallExpression, spec: InListBatch): LoopSite | undefined {
  const firstElement = spec.missing === 'first-element';
  if (iteration.callback) return promiseAllSite(iteration, top, spec);
  const loop = iteration.node;
  const walk = ts.isForOfStatement(loop) && !loop.awaitModifier ? forOfWalk(loop) : ts.isForStatement(loop) ? indexWalk(loop) : undefined;
  // The batch is awaited before the loop, in the same function as the lookup.
  if (!walk || !ts.isAwaitExpression(top.parent) || enclosingFunction(top) !== enclosingFunction(loop)) return undefined;
  const anchor = statementAnchor(loop as ts.IterationStatement);
  if (!anchor) return undefined;
  const awaited = top.parent;
  const common = { ...walk, scope: loop, body: (loop as ts.IterationStatement).statement, anchor };
  if (!firstElement) {
    return { ...common, result: awaited, name: heldIn(awaited), replace: (found) => [replaceNode(awaited, parenthesized(found, awaited))] };
  }
  // `const [row] = await ...` or `(await ...)[0]`: the first row, `undefined` when there is none.
  if (spec.rowsProperty) return firstRowSite(common, awaited, spec.rowsProperty);
  if (spec.rowsElement !== undefined) return firstRowOfElementSite(common, awaited, spec.rowsElement);
  const { parent, child } = valueParent(awaited);
  if (ts.isElementAccessExpression(parent) && parent.expression === child && isZero(parent.argumentExpression)) {
    return { ...common, result: parent, name: heldIn(parent), replace: (found) => [replaceNode(parent, parenthesized(found, parent))] };
  }
  if (ts.isVariableDeclaration(parent) && parent.initializer === child && ts.isArrayBindingPattern(parent.name) && parent.name.elements.length === 1) {
    const only = parent.name.elements[0];
    if (ts.isBindingElement(only) && ts.isIdentifier(only.name) && !only.dotDotDotToken && !only.initializer && !only.propertyName && !parent.type) {
      const name = only.name;
      return { ...common, result: name, name: name.text, replace: (found) => [replaceNode(parent.name, name.text), replaceNode(child, found)] };
    }
  }
  return undefined;
}

/** `for (const item of items)`. */
function forOfWalk(loop: ts.ForOfStatement): { element: ts.Identifier; items: ts.Expression } | undefined {
  const declarations = ts.isVariableDeclarationList(loop.initializer) ? loop.initializer.declarations : [];
  const element = declarations.length === 1 ? declarations[0].name : undefined;
  const items = skipOuterExpressions(loop.expression);
  if (!element || !ts.isIdentifier(element) || !(ts.isIdentifier(items) || ts.isPropertyAccessExpression(items))) return undefined;
  return { element, items };
}

/**
 * `for (let i = 0; i < items.length; i++)` whose body leaves `i` alone: the keys are
 * `items.map((_, i) => <value>)`, the value written as it was (`items[i].id`).
 */
function indexWalk(loop: ts.ForStatement): { element: ts.Identifier; items: ts.Expression; indexed: true } | undefined {
  const declarations = loop.initializer && ts.isVariableDeclarationList(loop.initializer) ? loop.initializer.declarations : [];
  const index = declarations.length === 1 ? declarations[0].name : undefined;
  const start = declarations[0]?.initializer;
  const condition = loop.condition && skipOuterExpressions(loop.condition);
  if (!index || !ts.isIdentifier(index) || !start || !isZero(start) || !condition || !ts.isBinaryExpression(condition)) return undefined;
  const length = skipOuterExpressions(condition.right);
  if (condition.operatorToken.kind !== ts.SyntaxKind.LessThanToken || !isNamed(condition.left, index.text) || !ts.isPropertyAccessExpression(length) || length.name.text !== 'length') return undefined;
  const items = skipOuterExpressions(length.expression);
  const step = loop.incrementor && skipOuterExpressions(loop.incrementor);
  const increments =
    step &&
    (((ts.isPostfixUnaryExpression(step) || ts.isPrefixUnaryExpression(step)) && step.operator === ts.SyntaxKind.PlusPlusToken && isNamed(step.operand, index.text)) ||
      (ts.isBinaryExpression(step) && step.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken && isNamed(step.left, index.text) && ts.isNumericLiteral(step.right) && step.right.text === '1'));
  if (!increments || !(ts.isIdentifier(items) || ts.isPropertyAccessExpression(items)) || assigns(loop.statement, index.text)) return undefined;
  return { element: index, items, indexed: true };
}

function isNamed(node: ts.Expression, name: string): boolean {
  const inner = skipOuterExpressions(node);
  return ts.isIdentifier(inner) && inner.text === name;
}

/** The body assigns the name (`i++`, `i = n`, `i += 2`). */
function assigns(body: ts.Node, name: string): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if ((ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken) && isNamed(node.operand, name)) found = true;
    else if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment && isNamed(node.left, name)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

/** `(await query(...)).rows[0]` or `const { rows: [row] } = await query(...)`: the first row of the result's rows. */
function firstRowSite(common: Omit<LoopSite, 'result' | 'replace' | 'name'>, awaited: ts.AwaitExpression, rowsProperty: string): LoopSite | undefined {
  const { parent, child } = valueParent(awaited);
  if (ts.isPropertyAccessExpression(parent) && parent.name.text === rowsProperty) {
    const first = valueParent(parent).parent;
    if (ts.isElementAccessExpression(first) && isZero(first.argumentExpression)) return { ...common, result: first, name: heldIn(first), replace: (found) => [replaceNode(first, found)] };
    return undefined;
  }
  if (!ts.isVariableDeclaration(parent) || parent.initializer !== child || !ts.isObjectBindingPattern(parent.name) || parent.name.elements.length !== 1 || parent.type) return undefined;
  const property = parent.name.elements[0];
  const list = property.name;
  const named = property.propertyName && ts.isIdentifier(property.propertyName) ? property.propertyName.text : undefined;
  if (named !== rowsProperty || property.initializer || property.dotDotDotToken || !ts.isArrayBindingPattern(list) || list.elements.length !== 1) return undefined;
  const only = list.elements[0];
  if (!ts.isBindingElement(only) || !ts.isIdentifier(only.name) || only.dotDotDotToken || only.initializer) return undefined;
  const name = only.name;
  return { ...common, result: name, name: name.text, replace: (found) => [replaceNode(parent.name, name.text), replaceNode(child, found)] };
}

/**
 * `(await query(...))[0][0]` or `const [[row]] = await query(...)`: the first row of the rows the result
 * holds at `index` (mysql2 resolves to `[rows, fields]`).
 */
function firstRowOfElementSite(common: Omit<LoopSite, 'result' | 'replace' | 'name'>, awaited: ts.AwaitExpression, index: number): LoopSite | undefined {
  const { parent, child } = valueParent(awaited);
  if (ts.isElementAccessExpression(parent) && ts.isNumericLiteral(parent.argumentExpression) && parent.argumentExpression.text === String(index)) {
    const first = valueParent(parent).parent;
    if (ts.isElementAccessExpression(first) && isZero(first.argumentExpression)) return { ...common, result: first, name: heldIn(first), replace: (found) => [replaceNode(first, found)] };
    return undefined;
  }
  if (!ts.isVariableDeclaration(parent) || parent.initializer !== child || !ts.isArrayBindingPattern(parent.name) || parent.name.elements.length !== index + 1 || parent.type) return undefined;
  // Only the rows are bound: `[[row]]`, `[, [row]]`.
  const elements = parent.name.elements;
  if (elements.slice(0, index).some((element) => !ts.isOmittedExpression(element))) return undefined;
  const rows = elements[index];
  if (!ts.isBindingElement(rows) || rows.dotDotDotToken || rows.initializer || !ts.isArrayBindingPattern(rows.name) || rows.name.elements.length !== 1) return undefined;
  const only = rows.name.elements[0];
  if (!ts.isBindingElement(only) || !ts.isIdentifier(only.name) || only.dotDotDotToken || only.initializer) return undefined;
  const name = only.name;
  return { ...common, result: name, name: name.text, replace: (found) => [replaceNode(parent.name, name.text), replaceNode(child, found)] };
}

/**
 * `const rows = await Promise.all(items.map((x) => lookup))` (or `return ...`) in an async function:
 * the batch goes before the statement, and `items.map((x) => <Map lookup>)` replaces the Promise.all.
 */
function promiseAllSite(iteration: Iteration, top: ts.CallExpression, spec: InListBatch): LoopSite | undefined {
  const firstElement = spec.missing === 'first-element';
  const callback = iteration.callback!;
  const element = callback.parameters.length === 1 ? callback.parameters[0].name : undefined;
  const all = valueParent(iteration.node).parent;
  if (!element || !ts.isIdentifier(element) || iteration.method !== 'map' || !iteration.parallel || ts.isBlock(callback.body) || !ts.isCallExpression(all)) return undefined;
  // The callback gives the lookup's result: `lookup`, `await lookup`, or `(await lookup)[0]` for a first row.
  let result = skipOuterExpressions(callback.body);
  if (firstElement) {
    if (!ts.isElementAccessExpression(result) || !isZero(result.argumentExpression)) return undefined;
    const list = rowsOf(skipOuterExpressions(result.expression), spec);
    if (!list || !ts.isAwaitExpression(list) || skipOuterExpressions(list.expression) !== top) return undefined;
  } else {
    const inner = ts.isAwaitExpression(result) ? skipOuterExpressions(result.expression) : result;
    if (inner !== top) return undefined;
    if (!ts.isAwaitExpression(result)) result = top;
  }
  const map = iteration.node;
  const method = ts.isCallExpression(map) ? skipOuterExpressions(map.expression) : undefined;
  const items = method && ts.isPropertyAccessExpression(method) ? skipOuterExpressions(method.expression) : undefined;
  if (!items || !(ts.isIdentifier(items) || ts.isPropertyAccessExpression(items))) return undefined;
  // The Promise.all is the statement's whole value: awaited into a variable, or returned.
  const { parent } = valueParent(all);
  const replaced = ts.isAwaitExpression(parent) ? parent : all;
  const holder = valueParent(replaced).parent;
  const statement = ts.isVariableDeclaration(holder) && holder.initializer && skipOuterExpressions(holder.initializer) === replaced && ts.isVariableDeclarationList(holder.parent) && holder.parent.declarations.length === 1
    ? holder.parent.parent
    : ts.isReturnStatement(holder) ? holder : undefined;
  const fn = statement && enclosingFunction(statement);
  if (!statement || !ts.isStatement(statement) || !fn || ts.isSourceFile(fn) || !isAsync(fn) || (replaced === all && !ts.isReturnStatement(statement))) return undefined;
  const anchor = statementAnchor(statement);
  if (!anchor) return undefined;
  const name = ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) ? singular(holder.name.text) : undefined;
  const valueNode = ts.isAwaitExpression(result) ? result : top;
  return {
    element,
    items,
    scope: callback,
    body: callback.body,
    anchor,
    result: firstElement ? result : valueNode,
    name,
    replace: (found) => [replaceNode(replaced, `${items.getText()}.map((${element.text}) => ${found})`)],
  };
}

/** The result the rows are read from: `x` of `x.rows` (pg) or `x[0]` (mysql2), `x` itself when the result is the rows. */
function rowsOf(rows: ts.Expression, spec: InListBatch): ts.Expression | undefined {
  if (spec.rowsProperty) return ts.isPropertyAccessExpression(rows) && rows.name.text === spec.rowsProperty ? skipOuterExpressions(rows.expression) : undefined;
  if (spec.rowsElement === undefined) return rows;
  if (!ts.isElementAccessExpression(rows)) return undefined;
  const index = rows.argumentExpression;
  return ts.isNumericLiteral(index) && index.text === String(spec.rowsElement) ? skipOuterExpressions(rows.expression) : undefined;
}

/** The variable the value is assigned to when declared: `user` in `const user = await ...`. */
function heldIn(node: ts.Expression): string | undefined {
  const holder = valueParent(node).parent;
  return ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) ? holder.name.text : undefined;
}

/** `a ?? null` in place of `node`, in parentheses unless it is a whole initializer, argument or element. */
function parenthesized(text: string, node: ts.Expression): string {
  if (!text.includes(' ?? ')) return text;
  const { parent, child } = valueParent(node);
  const whole =
    (ts.isVariableDeclaration(parent) && parent.initializer === child) ||
    (ts.isCallExpression(parent) && parent.arguments.includes(child as ts.Expression)) ||
    ts.isArrayLiteralExpression(parent) ||
    (ts.isPropertyAssignment(parent) && parent.initializer === child) ||
    ts.isReturnStatement(parent) ||
    (ts.isBinaryExpression(parent) && parent.right === child && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken);
  return whole && child === node ? text : `(${text})`;
}

/** The statement itself, or the labelled statement around it, when it sits in a list of statements. */
function statementAnchor(statement: ts.Statement): ts.Statement | undefined {
  let anchor = statement;
  while (ts.isLabeledStatement(anchor.parent)) anchor = anchor.parent;
  const list = anchor.parent;
  return ts.isBlock(list) || ts.isSourceFile(list) || ts.isCaseClause(list) || ts.isDefaultClause(list) || ts.isModuleBlock(list) ? anchor : undefined;
}

function isAsync(fn: ts.FunctionLikeDeclaration): boolean {
  return (ts.getCombinedModifierFlags(fn as ts.Declaration) & ts.ModifierFlags.Async) !== 0;
}

function isZero(node: ts.Expression): boolean {
  return ts.isNumericLiteral(node) && node.text === '0';
}

function singular(name: string): string {
  return name.length > 3 && name.endsWith('s') ? name.slice(0, -1) : name;
}

function capitalized(key: string): string {
  const words = key.split(/[_$]+/).filter(Boolean);
  return words.map((word) => word[0].toUpperCase() + word.slice(1)).join('') || 'Key';
}

/** The plain single-key lookup: its key (a row property), its value, and its batch for a list of keys. */
interface Lookup {
  key: string;
  value: ts.Expression;
  /** The batch query, for the keys' text and the local name of the wrapper (`In`). */
  batch: (keys: string, wrapper: string) => string;
  needsWrapper: boolean;
}

/** A text edit inside the lookup's own text, applied to it to write the batch. */
interface Splice {
  start: number;
  end: number;
  text: (keys: string, wrapper: string) => string;
}

const ROW_PROPERTY = /^[A-Za-z_$][\w$]*$/;

function parseLookup(context: RuleContext, operation: IoOperation, spec: InListBatch, index: number): Lookup | undefined {
  const top = operation.node as ts.CallExpression;
  const steps = operation.steps.slice(0, index + 1);
  const terminal = steps[steps.length - 1];
  const keyIn = spec.keyIn ?? 'where-option';
  // Every step between the first (the query's start, or the receiver) and the lookup is kept or holds the key.
  const keySteps = steps.filter((step, index) => index > 0 && index < steps.length - 1 && step.name === spec.keyStep);
  const middle = steps.slice(1, -1).filter((step) => !(keyIn === 'step' && step.name === spec.keyStep));
  if (middle.some((step) => !step.name || !(spec.keepSteps ?? []).includes(step.name))) return undefined;
  if (keyIn === 'step' ? keySteps.length !== 1 : keySteps.length !== 0 && spec.keyStep) return undefined;
  const site = keyIn === 'step' ? keySteps[0].call : terminal.call;
  if (!ts.isCallExpression(site)) return undefined;

  const condition = keyIn === 'sql' ? site : conditionOf(site, spec, keyIn);
  if (!condition) return undefined;
  const parsed = keyIn === 'sql' ? parseSqlLookup(site, spec) : parseCondition(context, condition, site, spec);
  if (!parsed || !ROW_PROPERTY.test(parsed.key)) return undefined;

  const splices: Splice[] = [parsed.splice];
  const callee = ts.isCallExpression(terminal.call) ? skipOuterExpressions(terminal.call.expression) : undefined;
  if (spec.dropStep) {
    const previous = steps[steps.length - 2];
    if (!previous) return undefined;
    splices.push({ start: previous.call.getEnd(), end: terminal.call.getEnd(), text: () => '' });
  } else if (spec.member) {
    if (!callee || !ts.isPropertyAccessExpression(callee)) return undefined;
    splices.push({ start: callee.name.getStart(), end: callee.name.getEnd(), text: () => spec.member! });
  }
  return {
    key: parsed.key,
    value: parsed.value,
    needsWrapper: parsed.needsWrapper,
    batch: (keys, wrapper) => spliced(top, splices, keys, wrapper),
  };
}

/** The expression that holds the key condition, or for `arguments` conditions the call itself. */
function conditionOf(site: ts.CallExpression, spec: InListBatch, keyIn: NonNullable<InListBatch['keyIn']>): ts.Expression | undefined {
  if (keyIn === 'step') return site;
  // `em.findOne(Book, { id })`: the condition is the last argument, the ones before it are kept.
  if (keyIn === 'argument') return spec.keyArgument !== undefined && site.arguments.length === spec.keyArgument + 1 ? skipOuterExpressions(site.arguments[spec.keyArgument]) : undefined;
  if (site.arguments.length !== 1) return undefined;
  const argument = skipOuterExpressions(site.arguments[0]);
  if (keyIn === 'first-argument') return argument;
  // `{ where: {...}, include }`: only `where` and the options the batch keeps as they are.
  if (!ts.isObjectLiteralExpression(argument)) return undefined;
  const keep = new Set(spec.keepOptions ?? []);
  let where: ts.Expression | undefined;
  for (const property of argument.properties) {
    if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) return undefined;
    if (property.name.text === 'where') where = skipOuterExpressions(property.initializer);
    else if (!keep.has(property.name.text)) return undefined;
  }
  return where;
}

function parseCondition(
  context: RuleContext,
  condition: ts.Expression,
  site: ts.CallExpression,
  spec: InListBatch,
): { key: string; value: ts.Expression; splice: Splice; needsWrapper: boolean } | undefined {
  const forms = spec.condition ?? ['object'];
  const listValue = (keys: string, wrapper: string): string => (spec.operator ? `{ ${spec.operator}: ${keys} }` : spec.wrapper ? `${wrapper}(${keys})` : keys);
  const needsWrapper = !spec.operator && spec.wrapper !== undefined;
  // `findById(id)`: the value alone, the key named by the model.
  if (spec.keyProperty) {
    if (condition === site) return undefined;
    return { key: spec.keyProperty, value: condition, needsWrapper, splice: { start: condition.getStart(), end: condition.getEnd(), text: (keys, wrapper) => `{ ${spec.keyProperty}: ${listValue(keys, wrapper)} }` } };
  }
  const args = condition === site ? site.arguments.map((arg) => skipOuterExpressions(arg)) : [condition];
  const step = ts.isPropertyAccessExpression(site.expression) ? site.expression.name : undefined;
  // `.where({ id })` or `.where('id', id)` → `.whereIn('id', keys)`: the whole step is replaced.
  const asStep = (key: string): Splice | undefined =>
    step && spec.listStep ? { start: step.getStart(), end: site.getEnd(), text: (keys) => `${spec.listStep}('${key}', ${keys})` } : undefined;

  const object = args.length === 1 && ts.isObjectLiteralExpression(args[0]) ? args[0] : undefined;
  if (object && forms.includes('object') && object.properties.length === 1) {
    const property = object.properties[0];
    const name = ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
    const value = ts.isPropertyAssignment(property) ? skipOuterExpressions(property.initializer) : ts.isShorthandPropertyAssignment(property) && !property.objectAssignmentInitializer ? property.name : undefined;
    if (!name || !value) return undefined;
    const key = name.text;
    if (condition === site) {
      const splice = asStep(key);
      return splice && { key, value, needsWrapper: false, splice };
    }
    return { key, value, needsWrapper, splice: { start: object.getStart(), end: object.getEnd(), text: (keys, wrapper) => `{ ${name.getText()}: ${listValue(keys, wrapper)} }` } };
  }
  // `.where('id', id)`, `.where('id', '=', id)`.
  if (condition === site && forms.includes('arguments') && (args.length === 2 || args.length === 3)) {
    const [column, operator] = args;
    const value = args[args.length - 1];
    if (!ts.isStringLiteral(column) || (args.length === 3 && !(ts.isStringLiteral(operator) && operator.text === '='))) return undefined;
    const key = column.text;
    if (spec.listStep) {
      const splice = asStep(key);
      return splice && { key, value, needsWrapper: false, splice };
    }
    if (!spec.listOperator) return undefined;
    const list = spec.listOperator;
    return { key, value, needsWrapper: false, splice: { start: site.arguments[0].getStart(), end: site.arguments[site.arguments.length - 1].getEnd(), text: (keys) => `${column.getText()}, '${list}', ${keys}` } };
  }
  // `eq(table.id, id)` → `inArray(table.id, keys)`.
  const call = args.length === 1 && ts.isCallExpression(args[0]) ? args[0] : undefined;
  if (call && forms.includes('equals-call') && spec.equals && spec.wrapper && call.arguments.length === 2 && ts.isIdentifier(call.expression)) {
    const imported = importedBinding(call.expression, context.models.checker);
    const fromModule = imported && (imported.module === spec.equals.module || imported.module.startsWith(`${spec.equals.module}/`));
    const column = skipOuterExpressions(call.arguments[0]);
    if (!fromModule || imported.name !== spec.equals.name || !ts.isPropertyAccessExpression(column)) return undefined;
    return {
      key: column.name.text,
      value: skipOuterExpressions(call.arguments[1]),
      needsWrapper: true,
      splice: { start: call.getStart(), end: call.getEnd(), text: (keys, wrapper) => `${wrapper}(${column.getText()}, ${keys})` },
    };
  }
  return undefined;
}

/**
 * `query('SELECT <columns> FROM <table> [alias] WHERE <key> = $1', [value])`, the key a lower-case column
 * the select list returns under its own name (Postgres folds unquoted names to lower case):
 * `WHERE <key> = ANY($1)` (MySQL `WHERE <key> IN (?)`) with `[keys]`. Anything more (joins, other conditions, LIMIT) is not rewritten.
 */
function parseSqlLookup(site: ts.CallExpression, spec: InListBatch): { key: string; value: ts.Expression; splice: Splice; needsWrapper: boolean } | undefined {
  const sql = spec.sql;
  const [text, parameters] = site.arguments.map((arg) => skipOuterExpressions(arg));
  if (!sql || site.arguments.length !== 2 || !(ts.isStringLiteral(text) || ts.isNoSubstitutionTemplateLiteral(text))) return undefined;
  // No escapes: the literal's source is its text, so rewriting the source rewrites the SQL.
  if (text.getText().slice(1, -1) !== text.text || !ts.isArrayLiteralExpression(parameters) || parameters.elements.length !== 1) return undefined;
  const value = skipOuterExpressions(parameters.elements[0]);
  if (ts.isSpreadElement(value)) return undefined;
  const placeholder = sql.placeholder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^\\s*SELECT\\s+(\\*|[\\w.]+(?:\\s*,\\s*[\\w.]+)*)\\s+FROM\\s+[\\w.]+(?:\\s+(?:AS\\s+)?\\w+)?\\s+WHERE\\s+([\\w.]+)(\\s*=\\s*)${placeholder}(\\s*;?\\s*)$`, 'i').exec(text.text);
  const key = match?.[2].split('.').pop();
  if (!match || !key || !/^[a-z_][a-z0-9_]*$/.test(key)) return undefined;
  const columns = match[1].split(',').map((column) => column.trim().split('.').pop());
  if (match[1] !== '*' && !columns.includes(key)) return undefined;
  const [, , , equals, rest] = match;
  const comparison = sql.comparison ? ` ${sql.comparison} ` : equals;
  const rewritten = text.text.slice(0, match.index + match[0].length - rest.length - sql.placeholder.length - equals.length) + comparison + sql.list + rest;
  const quote = text.getText()[0];
  return {
    key,
    value,
    needsWrapper: false,
    splice: { start: text.getStart(), end: parameters.getEnd(), text: (keys) => `${quote}${rewritten}${quote}, [${keys}]` },
  };
}

function spliced(node: ts.Node, splices: readonly Splice[], keys: string, wrapper: string): string {
  const base = node.getStart();
  let text = node.getText();
  for (const splice of [...splices].sort((a, b) => b.start - a.start)) {
    text = text.slice(0, splice.start - base) + splice.text(keys, wrapper) + text.slice(splice.end - base);
  }
  return text;
}

/** The list of keys: `items.map((x) => value)`, or the items themselves when the value is the element. */
function keysText(site: LoopSite, value: ts.Expression, checker: ts.TypeChecker): string {
  const items = site.items.getText();
  const plainArray = checker.getTypeAtLocation(site.items).getSymbol()?.getName() === 'Array';
  if (site.indexed) {
    if (plainArray && ts.isElementAccessExpression(value) && value.expression.getText() === items && isNamed(value.argumentExpression, site.element.text)) return items;
    const unused = ['_', '_item', '_element'].find((name) => !new RegExp(`(^|[^\\w$])${name}($|[^\\w$])`).test(value.getText()));
    return `${items}.map((${unused ?? '_unused'}, ${site.element.text}) => ${value.getText()})`;
  }
  if (ts.isIdentifier(value) && value.text === site.element.text && plainArray) return items;
  return `${items}.map((${site.element.text}) => ${value.getText()})`;
}

/**
 * The Map finds what the database matched only when the row's key and the looked-up value are the same
 * kind of primitive: an ObjectId, a Date or a `bigint` column read as a string would never be found.
 * The items must be an array, for `items.map`.
 */
function sameKeyTypes(checker: ts.TypeChecker, result: ts.Expression, lookup: Lookup, missing: string): boolean {
  let rowType = checker.getTypeAtLocation(result);
  if (missing !== 'first-element' && result.kind !== ts.SyntaxKind.AwaitExpression) rowType = checker.getAwaitedType(rowType) ?? rowType;
  rowType = checker.getNonNullableType(rowType);
  if (rowType.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;
  const property = rowType.getProperty(lookup.key);
  if (!property) return false;
  const keyType = primitiveKind(checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, result)));
  const valueType = checker.getTypeAtLocation(lookup.value);
  return keyType !== undefined && primitiveKind(valueType) === keyType;
}

function primitiveKind(type: ts.Type): 'string' | 'number' | undefined {
  if (type.flags & ts.TypeFlags.StringLike) return 'string';
  if (type.flags & ts.TypeFlags.NumberLike) return 'number';
  if (type.isUnion()) {
    const kinds = new Set(type.types.map(primitiveKind));
    return kinds.size === 1 ? [...kinds][0] : undefined;
  }
  // A branded primitive (`number & { brand }`, Sequelize's `CreationOptional<number>`).
  if (type.isIntersection()) {
    const kinds = new Set(type.types.map(primitiveKind).filter((kind) => kind !== undefined));
    return kinds.size === 1 ? [...kinds][0] : undefined;
  }
  return undefined;
}

/** The loop writes: a lookup moved before it would no longer see what earlier iterations wrote. */
function writesIn(context: RuleContext, body: ts.Node): boolean {
  const { operations, summaries, checker } = context.models;
  let writes = false;
  const visit = (node: ts.Node): void => {
    if (writes) return;
    if (ts.isCallExpression(node) || ts.isTaggedTemplateExpression(node)) {
      const operation = operations.classify(node);
      if (operation ? mayWrite(operation, checker) : ts.isCallExpression(node) && summaries.roundTripsThrough(node).some((fact) => mayWrite(fact.operation, checker))) {
        writes = true;
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return writes;
}

/** A write, or SQL that is not a plain SELECT from a table: `UPDATE ...`, `SELECT ... FOR UPDATE`, SQL kept elsewhere. */
function mayWrite(operation: IoOperation, checker: ts.TypeChecker): boolean {
  if (operation.op === 'write') return true;
  const sql = operation.member.sqlArgument !== undefined || ts.isTaggedTemplateExpression(operation.call);
  return sql && operation.op === 'query' && readKindOf(operation, checker) === undefined;
}

/** Every name the node uses outside `except` is declared outside `scope`. */
function usesOnlyOutside(node: ts.Node, except: ts.Node, scope: ts.Node, checker: ts.TypeChecker): boolean {
  let ok = true;
  const visit = (child: ts.Node): void => {
    if (!ok || child === except) return;
    if (ts.isIdentifier(child)) {
      // Property names (`where` in `{ where }`... but not a shorthand's value) name no variable.
      const parent = child.parent;
      const propertyName = (ts.isPropertyAssignment(parent) || ts.isPropertyAccessExpression(parent)) && parent.name === child;
      if (!propertyName) ok = usesOnly(child, undefined, scope, checker);
      return;
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return ok;
}

/**
 * The local name of an import the batch needs (`In` from 'typeorm'), and the edit that adds it when
 * the file does not import it yet. Undefined when the name is taken by something else.
 */
function importedLocal(sourceFile: ts.SourceFile, wanted: { name: string; module: string }): { local: string; edit?: TextEdit } | undefined {
  let named: ts.NamedImports | undefined;
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || statement.moduleSpecifier.text !== wanted.module) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings) || statement.importClause?.isTypeOnly) continue;
    const element = bindings.elements.find((candidate) => (candidate.propertyName ?? candidate.name).text === wanted.name && !candidate.isTypeOnly);
    if (element) return { local: element.name.text };
    named ??= bindings;
  }
  if (usesName(sourceFile, wanted.name)) return undefined;
  if (named && named.elements.length > 0) {
    const last = named.elements[named.elements.length - 1];
    return { local: wanted.name, edit: insertAt(last, last.getEnd(), `, ${wanted.name}`) };
  }
  const { position, prefix } = importPosition(sourceFile);
  return { local: wanted.name, edit: { file: sourceFile.fileName, start: position, end: position, newText: `${prefix}import { ${wanted.name} } from '${wanted.module}';${prefix ? '' : '\n'}` } };
}

