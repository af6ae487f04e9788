import { ts } from './ts';
import type { Resolver } from './resolve';
import { ARRAY_METHODS } from './resolve';
import { isConstDeclaration, returnedExpressions, skipOuterExpressions, valueParent, workspaceFunctionsOf } from './syntax';

/** Something that runs its body once per element or iteration. */
export interface Iteration {
  kind: 'for' | 'for-of' | 'for-in' | 'for-await' | 'while' | 'do' | 'array-callback';
  /** The loop statement, or the `items.map(...)` call. */
  node: ts.Node;
  /** The callback, for array methods. */
  callback?: ts.ArrowFunction | ts.FunctionExpression;
  /** `map`, `forEach`...: for array callbacks. */
  method?: string;
  /** All iterations are started in the same tick (array callbacks), so libraries may coalesce them. */
  sameTick: boolean;
  /** `Promise.all(items.map(...))`: N parallel round trips. */
  parallel: boolean;
  /** Whether the body can run more than once in a way that grows with data. */
  repeats: boolean;
}

const LOOP_LABEL: Record<Iteration['kind'], string> = {
  for: 'for loop',
  'for-of': 'for...of loop',
  'for-in': 'for...in loop',
  'for-await': 'for await loop',
  while: 'while loop',
  do: 'do...while loop',
  'array-callback': 'callback',
};

export function describeIteration(iteration: Iteration): string {
  if (iteration.kind === 'array-callback') {
    return iteration.parallel ? `\`Promise.all(….${iteration.method}(…))\`` : `\`.${iteration.method}()\` callback`;
  }
  return LOOP_LABEL[iteration.kind];
}

/** Small fixed collections are not N+1: they do not grow with the data. */
const MAX_LITERAL_ITERATIONS = 25;

/**
 * The loop model: which nodes iterate, and which loops do not really repeat (they exit on their first
 * iteration, walk a short literal list, or retry one request).
 */
export class IterationModel {
  constructor(
    private readonly resolver: Resolver,
    private readonly checker: ts.TypeChecker,
  ) {}

  /** The iteration a loop statement is, if any (bodies only; the iterable runs once). */
  ofStatement(node: ts.Node): Iteration | undefined {
    let kind: Iteration['kind'] | undefined;
    if (ts.isForOfStatement(node)) kind = node.awaitModifier ? 'for-await' : 'for-of';
    else if (ts.isForInStatement(node)) kind = 'for-in';
    else if (ts.isForStatement(node)) kind = 'for';
    else if (ts.isWhileStatement(node)) kind = 'while';
    else if (ts.isDoStatement(node)) kind = 'do';
    if (!kind) return undefined;
    return { kind, node, sameTick: false, parallel: false, repeats: this.loopRepeats(node as ts.IterationStatement) };
  }

  /** The iteration an array callback is: `items.map(async (item) => ...)`. */
  ofCallback(fn: ts.Node): Iteration | undefined {
    if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return undefined;
    const { parent, child } = valueParent(fn);
    if (!ts.isCallExpression(parent) || !parent.arguments.includes(child as ts.Expression)) return undefined;
    const callee = skipOuterExpressions(parent.expression);
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const method = callee.name.text;
    if (!ARRAY_METHODS.has(method) || parent.arguments[0] !== child) return undefined;
    const receiver = skipOuterExpressions(callee.expression);
    if (!this.isArrayLike(receiver, method)) return undefined;
    const repeats = !isFixedSizeCollection(receiver, this.checker);
    const sequentialReduce = (method === 'reduce' || method === 'reduceRight') && awaitsAccumulator(fn);
    return {
      kind: 'array-callback',
      node: parent,
      callback: fn,
      method,
      sameTick: !sequentialReduce,
      parallel: isInsidePromiseCombinator(parent),
      repeats,
    };
  }

  /**
   * Rows returned by a query are an array; a library value with a `map`/`forEach` of its own
   * (a cursor, a builder) is not. Anything the model does not know is taken for an array.
   */
  private isArrayLike(receiver: ts.Expression, method: string): boolean {
    const value = this.resolver.valueOf(receiver);
    if (!value) return true;
    if (this.resolver.elementOf(value)) return true;
    return this.resolver.memberOf(value, method) === undefined;
  }

  private loopRepeats(loop: ts.IterationStatement): boolean {
    if (ts.isForOfStatement(loop) && isFixedSizeCollection(loop.expression, this.checker)) return false;
    if (ts.isForStatement(loop) && hasSmallLiteralBound(loop)) return false;
    if (exitsOnFirstIteration(loop)) return false;
    return true;
  }
}

/**
 * A collection whose size is fixed in the code, not by data: `[a, b, c]`, `Object.values(SomeEnum)`,
 * `Array.from({ length: 12 }, ...)`, or a constant built from one of those (`await Promise.all(...)`,
 * `.map(...)`, `.filter(...)`).
 */
function isFixedSizeCollection(node: ts.Expression, checker: ts.TypeChecker, depth = 0): boolean {
  if (depth > 10) return false;
  const expression = skipOuterExpressions(node);
  if (ts.isArrayLiteralExpression(expression)) {
    return expression.elements.length <= MAX_LITERAL_ITERATIONS && !expression.elements.some(ts.isSpreadElement);
  }
  if (ts.isAwaitExpression(expression)) return isFixedSizeCollection(expression.expression, checker, depth + 1);
  if (ts.isIdentifier(expression)) {
    const declaration = declarationOf(expression, checker);
    // A named array literal may be pushed to later (`const errors = []`); a generated one may not.
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && isConstDeclaration(declaration)) {
      return !ts.isArrayLiteralExpression(skipOuterExpressions(declaration.initializer)) && isFixedSizeCollection(declaration.initializer, checker, depth + 1);
    }
    return false;
  }
  if (isConfigurationValue(expression)) return true;
  if (ts.isStringLiteralLike(expression)) return true; // `'eu,us'.split(',')`
  if (ts.isBinaryExpression(expression) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(expression.operatorToken.kind)) {
    // `process.env.REGIONS ?? 'eu,us'`
    return isFixedSizeCollection(expression.left, checker, depth + 1) && isFixedSizeCollection(expression.right, checker, depth + 1);
  }
  if (!ts.isCallExpression(expression)) return false;
  const callee = skipOuterExpressions(expression.expression);
  if (!ts.isPropertyAccessExpression(callee)) return returnsFixedSizeCollection(expression, checker, depth);
  const owner = callee.expression;
  const method = callee.name.text;
  const [first] = expression.arguments;
  if (ts.isIdentifier(owner) && owner.text === 'Object' && ['values', 'keys', 'entries'].includes(method) && first) {
    return isFixedShapeObject(first, checker);
  }
  if (ts.isIdentifier(owner) && owner.text === 'Array' && method === 'from' && first) {
    // `Array.from({ length: 12 }, ...)`
    const object = skipOuterExpressions(first);
    if (!ts.isObjectLiteralExpression(object)) return isFixedSizeCollection(first, checker, depth + 1);
    const length = object.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'length');
    const value = length && ts.isPropertyAssignment(length) ? skipOuterExpressions(length.initializer) : undefined;
    return value !== undefined && ts.isNumericLiteral(value) && Number(value.text) <= MAX_LITERAL_ITERATIONS;
  }
  if (ts.isIdentifier(owner) && owner.text === 'Promise' && ['all', 'allSettled'].includes(method) && first) {
    return isFixedSizeCollection(first, checker, depth + 1);
  }
  // Same size or smaller than the collection it comes from.
  if (SIZE_PRESERVING_METHODS.has(method)) return isFixedSizeCollection(owner, checker, depth + 1);
  return returnsFixedSizeCollection(expression, checker, depth);
}

const SIZE_PRESERVING_METHODS = new Set(['map', 'filter', 'slice', 'flat', 'sort', 'reverse', 'toSorted', 'toReversed', 'split']);

/**
 * Deployment configuration, not data: `process.env.REGIONS`, `config.get('DATA_SOURCES')`,
 * `this.configurationService.get(...)`. Its size is set when the service is deployed.
 */
function isConfigurationValue(expression: ts.Expression): boolean {
  let current = skipOuterExpressions(expression);
  if (ts.isCallExpression(current)) {
    const callee = skipOuterExpressions(current.expression);
    if (ts.isPropertyAccessExpression(callee) && ['get', 'getOrThrow'].includes(callee.name.text) && /config/i.test(callee.expression.getText())) {
      return true;
    }
  }
  while (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current) || ts.isNonNullExpression(current)) {
    const inner = skipOuterExpressions(current.expression);
    if (ts.isPropertyAccessExpression(inner) && inner.name.text === 'env' && ts.isIdentifier(inner.expression) && inner.expression.text === 'process') return true;
    current = inner;
  }
  return false;
}

/** A workspace function whose every `return` gives a fixed-size collection (`getConfiguredProviders()`). */
function returnsFixedSizeCollection(call: ts.CallExpression, checker: ts.TypeChecker, depth: number): boolean {
  const callee = skipOuterExpressions(call.expression);
  const [fn] = workspaceFunctionsOf(ts.isPropertyAccessExpression(callee) ? callee.name : callee, checker);
  const returned = fn ? returnedExpressions(fn) : [];
  return returned.length > 0 && returned.every((expression) => isFixedSizeCollection(expression, checker, depth + 1));
}

/** An enum, an object literal, or a constant a package exports (Prisma's generated enums): a fixed set of keys. */
function isFixedShapeObject(node: ts.Expression, checker: ts.TypeChecker): boolean {
  const expression = skipOuterExpressions(node);
  if (ts.isObjectLiteralExpression(expression)) return true;
  if (!ts.isIdentifier(expression) && !ts.isPropertyAccessExpression(expression)) return false;
  const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(expression) ? expression.name : expression);
  if (!symbol) return false;
  if (symbol.flags & ts.SymbolFlags.Enum) return true;
  if (symbol.flags & ts.SymbolFlags.Alias) {
    const declaration = symbol.declarations?.[0];
    const module = declaration && importedModule(declaration);
    // Imported from a package, not a file of the workspace: a library constant, not data.
    if (module && !module.startsWith('.') && !module.startsWith('@/') && !module.startsWith('~')) return true;
    try {
      const target = checker.getAliasedSymbol(symbol);
      if (target.flags & ts.SymbolFlags.Enum) return true;
      const targetDeclaration = target.declarations?.[0];
      return !!targetDeclaration && ts.isVariableDeclaration(targetDeclaration) && !!targetDeclaration.initializer && ts.isObjectLiteralExpression(skipOuterExpressions(targetDeclaration.initializer));
    } catch {
      return false;
    }
  }
  const declaration = symbol.valueDeclaration;
  return !!declaration && ts.isVariableDeclaration(declaration) && isConstDeclaration(declaration) && !!declaration.initializer && ts.isObjectLiteralExpression(skipOuterExpressions(declaration.initializer));
}

function importedModule(declaration: ts.Declaration): string | undefined {
  let current: ts.Node | undefined = declaration;
  while (current && !ts.isImportDeclaration(current)) current = current.parent;
  return current && ts.isStringLiteral(current.moduleSpecifier) ? current.moduleSpecifier.text : undefined;
}

function declarationOf(identifier: ts.Identifier, checker: ts.TypeChecker): ts.Declaration | undefined {
  const symbol = checker.getSymbolAtLocation(identifier);
  return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
}


/** `for (let i = 0; i < 3; i++)`: a fixed, small number of attempts. */
function hasSmallLiteralBound(loop: ts.ForStatement): boolean {
  const condition = loop.condition && skipOuterExpressions(loop.condition);
  if (!condition || !ts.isBinaryExpression(condition)) return false;
  const bound = skipOuterExpressions(condition.right);
  return ts.isNumericLiteral(bound) && Number(bound.text) <= MAX_LITERAL_ITERATIONS;
}

/**
 * The body leaves the loop on every path through its first iteration: it ends in an unconditional
 * return/throw/break, or it is a retry loop whose try block returns or breaks on success.
 */
export function exitsOnFirstIteration(loop: ts.IterationStatement): boolean {
  const statements = ts.isBlock(loop.statement) ? loop.statement.statements : ts.factory.createNodeArray([loop.statement]);
  if (statements.length === 0) return false;
  if (containsContinue(loop.statement, loop)) return false;
  const last = statements[statements.length - 1];
  if (isExit(last)) return true;
  // `for (...) { try { return await fetch(url) } catch { await sleep() } }`
  return statements.some((statement) => {
    if (!ts.isTryStatement(statement)) return false;
    const inner = statement.tryBlock.statements;
    return inner.length > 0 && isExit(inner[inner.length - 1]);
  });
}

function isExit(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBreakStatement(statement) && !statement.label) return true;
  if (ts.isBlock(statement)) return statement.statements.length > 0 && isExit(statement.statements[statement.statements.length - 1]);
  return false;
}

function containsContinue(node: ts.Node, loop: ts.IterationStatement): boolean {
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found || ts.isFunctionLike(child)) return;
    if (ts.isContinueStatement(child)) {
      found = true;
      return;
    }
    // A continue inside a nested loop belongs to that loop.
    if (ts.isIterationStatement(child, false) && child !== loop) return;
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

/** `items.reduce(async (acc, item) => { await acc; ... })` runs one iteration after the other. */
function awaitsAccumulator(fn: ts.ArrowFunction | ts.FunctionExpression): boolean {
  const accumulator = fn.parameters[0]?.name;
  if (!accumulator || !ts.isIdentifier(accumulator)) return false;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isAwaitExpression(node) && ts.isIdentifier(skipOuterExpressions(node.expression)) && (skipOuterExpressions(node.expression) as ts.Identifier).text === accumulator.text) {
      found = true;
    }
    ts.forEachChild(node, visit);
  };
  if (fn.body) visit(fn.body);
  return found;
}

function isInsidePromiseCombinator(call: ts.CallExpression): boolean {
  const { parent, child } = valueParent(call);
  if (!ts.isCallExpression(parent) || !parent.arguments.includes(child as ts.Expression)) return false;
  const callee = skipOuterExpressions(parent.expression);
  return (
    ts.isPropertyAccessExpression(callee) &&
    ts.isIdentifier(callee.expression) &&
    callee.expression.text === 'Promise' &&
    ['all', 'allSettled', 'race', 'any'].includes(callee.name.text)
  );
}

/**
 * The operation's inputs depend on the previous iteration (`cursor = page.next`, `offset += 100`,
 * `node = await find(node.parentId)`): the loop walks pages or a chain, which cannot be batched.
 */
export function hasLoopCarriedDependency(loop: ts.Node, operation: ts.Node, checker: ts.TypeChecker): boolean {
  const body = loopBody(loop);
  if (!body) return false;
  const assignedInBody = new Set<ts.Symbol>();
  const collectAssignments = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && isAssignmentOperator(node.operatorToken.kind) && ts.isIdentifier(node.left)) {
      const symbol = checker.getSymbolAtLocation(node.left);
      if (symbol) assignedInBody.add(symbol);
    }
    ts.forEachChild(node, collectAssignments);
  };
  collectAssignments(body);
  // `for (let offset = 0; offset < total; offset += PAGE)`: the counter is carried from one
  // iteration to the next too; used as an index (`ids[i]`) it is exempt below.
  if (ts.isForStatement(loop) && loop.incrementor) {
    const counters = (node: ts.Node): void => {
      if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && ts.isIdentifier(node.operand)) {
        const symbol = checker.getSymbolAtLocation(node.operand);
        if (symbol) assignedInBody.add(symbol);
      }
      ts.forEachChild(node, counters);
    };
    collectAssignments(loop.incrementor);
    counters(loop.incrementor);
  }
  if (assignedInBody.size === 0) return false;
  const inside = (declaration: ts.Node) => declaration.pos >= body.pos && declaration.end <= body.end;
  const visited = new Set<ts.Node>();
  const dependsOnPreviousIteration = (node: ts.Node, depth: number): boolean => {
    if (visited.has(node)) return false;
    visited.add(node);
    if (ts.isIdentifier(node) && !isIndexOfElementAccess(node)) {
      const symbol = ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node
        ? checker.getShorthandAssignmentValueSymbol(node.parent)
        : checker.getSymbolAtLocation(node);
      const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
      if (symbol && declaration) {
        // Declared outside the body and reassigned in it (or by the loop): its value flows into the next iteration.
        if (assignedInBody.has(symbol) && !inside(declaration)) return true;
        // `const filter = lastId ? { _id: { $gt: lastId } } : {}` declared in the body: look at what it is made of.
        if (depth < 3 && inside(declaration) && ts.isVariableDeclaration(declaration) && declaration.initializer) {
          if (dependsOnPreviousIteration(declaration.initializer, depth + 1)) return true;
        }
      }
    }
    return ts.forEachChild(node, (child) => dependsOnPreviousIteration(child, depth)) ?? false;
  };
  return dependsOnPreviousIteration(operation, 0);
}

/** `ids[i]`: an index that walks a list is not a dependency on the previous result. */
function isIndexOfElementAccess(node: ts.Identifier): boolean {
  const parent = node.parent;
  return ts.isElementAccessExpression(parent) && parent.argumentExpression === node;
}

function loopBody(loop: ts.Node): ts.Node | undefined {
  if (ts.isIterationStatement(loop, false)) return loop.statement;
  if (ts.isCallExpression(loop)) {
    const fn = loop.arguments[0];
    return fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) ? fn.body : undefined;
  }
  return undefined;
}

function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}
