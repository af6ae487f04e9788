import { ts } from './ts';
import type { OperationClassifier } from './operations';
import type { Resolver } from './resolve';
import type { LibraryRegistry } from './libraries/registry';
import { isModuleLevel } from './constants';
import { enclosingFunction, isWithin, skipOuterExpressions, symbolAt } from './syntax';

/** Methods that look a key up in a cache, and methods that store one. */
const CACHE_LOOKUPS = /^(get|has|exists|hget|hGet|hgetall|hGetAll|getItem|peek)$/i;
const CACHE_STORES = /^(set|setex|setEx|psetex|pSetEx|hset|hSet|hmset|put|setItem|add)$/i;
/** Calls that write into a value: `cache.set(key, rows)`, `list.push(row)`. */
const MUTATORS = /^(set|add|put|push|unshift|setex|setEx|hset|hSet|setItem|delete|clear)$/;

/**
 * Whether a read only runs on a cache miss:
 * - a memoizer wraps the function it is in (memoizee, lodash `memoize`, Next's `unstable_cache`,
 *   cache-manager `wrap`, an lru-cache `fetchMethod`);
 * - long-lived state is checked first: a module-level variable, Map or LRU, or a property of the
 *   object, that the code also writes (`if (settings) return settings`, `cache ??= load()`);
 * - cache-aside: the function looks a key up in a long-lived cache (Redis, an LRU, a Map) and stores
 *   the same key (`get(KEY)` ... `set(KEY, rows)`); its reads, the lookup included, are the cache.
 * A cache created inside the function (a `Map` per request) caches nothing and does not count.
 */
export class Memoization {
  private readonly writtenByFile = new WeakMap<ts.SourceFile, Set<ts.Symbol>>();
  private readonly writtenProperties = new WeakMap<ts.ClassLikeDeclaration, Set<string>>();

  constructor(
    private readonly operations: OperationClassifier,
    private readonly resolver: Resolver,
    private readonly registry: LibraryRegistry,
    private readonly checker: ts.TypeChecker,
  ) {}

  /** What caches the code at `node`, for messages; undefined when it runs on every call. */
  cacheOver(node: ts.Node): string | undefined {
    for (let scope = enclosingFunction(node); !ts.isSourceFile(scope); scope = enclosingFunction(scope)) {
      const wrapper = this.memoizerTaking(scope);
      if (wrapper) return wrapper;
    }
    const fn = enclosingFunction(node);
    if (ts.isSourceFile(fn)) return undefined;
    if (this.isGuardedByState(node, fn)) return 'long-lived state checked first';
    // A memoized getter's bypass (`if (skipCache) return load()` before the cache check) is part of it.
    if (this.returnsFromState(fn)) return 'a memoized getter';
    if (this.isCacheAside(fn)) return 'a cache looked up first';
    return undefined;
  }

  /**
   * The value of `call` is stored in long-lived state that other code serves from memory
   * (`this.currencies = await this.loadCurrencies()`, read by `getCurrencies()`): the read refills a
   * cache rather than serving a request from the database.
   */
  isRefill(call: ts.Node): boolean {
    let value: ts.Node = call;
    while (ts.isAwaitExpression(value.parent) || ts.isParenthesizedExpression(value.parent) || ts.isAsExpression(value.parent) || ts.isNonNullExpression(value.parent)) value = value.parent;
    const assignment = value.parent;
    if (!ts.isBinaryExpression(assignment) || assignment.right !== value || assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return false;
    const target = skipOuterExpressions(assignment.left);
    const writer = enclosingFunction(assignment);
    if (ts.isPropertyAccessExpression(target) && target.expression.kind === ts.SyntaxKind.ThisKeyword) {
      let cls: ts.Node | undefined = target.parent;
      while (cls && !ts.isClassLike(cls)) cls = cls.parent;
      return cls !== undefined && isReadElsewhere(cls, writer, (node) => ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword && node.name.text === target.name.text);
    }
    if (ts.isIdentifier(target)) {
      const symbol = symbolAt(target, this.checker);
      const declaration = symbol?.declarations?.[0];
      if (!symbol || !declaration || !ts.isVariableDeclaration(declaration) || !isModuleLevel(declaration)) return false;
      return isReadElsewhere(declaration.getSourceFile(), writer, (node) => ts.isIdentifier(node) && node.text === target.text && symbolAt(node, this.checker) === symbol);
    }
    return false;
  }

  /** The function returns early from a check of long-lived state it writes: a memoized getter. */
  private returnsFromState(fn: ts.FunctionLikeDeclaration): boolean {
    let found = false;
    const visit = (node: ts.Node): void => {
      if (found || (node !== fn && ts.isFunctionLike(node))) return;
      if (ts.isIfStatement(node) && exits(node.thenStatement) && this.refersToCache(node.expression, fn)) {
        found = true;
        return;
      }
      ts.forEachChild(node, visit);
    };
    if (fn.body) visit(fn.body);
    return found;
  }

  /** `memoize(fn)`, `cache.wrap(key, fn)`, `new LRUCache({ fetchMethod: fn })`. */
  private memoizerTaking(fn: ts.FunctionLikeDeclaration): string | undefined {
    let argument: ts.Node = fn;
    let parent = fn.parent;
    while (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent)) {
      argument = parent;
      parent = parent.parent;
    }
    if (ts.isPropertyAssignment(parent) && ts.isObjectLiteralExpression(parent.parent)) {
      argument = parent.parent;
      parent = parent.parent.parent;
    }
    if (ts.isCallExpression(parent) && parent.arguments.includes(argument as ts.Expression)) {
      const operation = this.operations.classify(parent);
      if (operation?.op === 'memoize') return `${operation.library.displayName} (${operation.description})`;
    }
    if (ts.isNewExpression(parent) && parent.arguments?.includes(argument as ts.Expression)) {
      const kind = this.resolver.asKind(this.resolver.valueOf(parent.expression));
      const entry = kind && this.registry.kind(kind.kind);
      if (entry?.spec.construct?.op === 'memoize') return entry.library.displayName;
    }
    return undefined;
  }

  /** The read sits behind a check of long-lived state: an early return, a branch, `??=`, `??`, `||`. */
  private isGuardedByState(node: ts.Node, fn: ts.FunctionLikeDeclaration): boolean {
    let child: ts.Node = node;
    for (let parent = node.parent; parent && parent !== fn; child = parent, parent = parent.parent) {
      if (ts.isBinaryExpression(parent) && parent.right === child && GUARDING_OPERATORS.has(parent.operatorToken.kind) && this.refersToCache(parent.left, fn)) {
        return true;
      }
      if (ts.isIfStatement(parent) && child !== parent.expression && this.refersToCache(parent.expression, fn)) return true;
      if (ts.isConditionalExpression(parent) && child !== parent.condition && this.refersToCache(parent.condition, fn)) return true;
      if (ts.isBlock(parent)) {
        for (const statement of parent.statements) {
          if (statement === child) break;
          if (ts.isIfStatement(statement) && exits(statement.thenStatement) && this.refersToCache(statement.expression, fn)) return true;
        }
      }
    }
    return false;
  }

  /** The expression reads state that outlives the call and that the code writes: a cache. */
  private refersToCache(expression: ts.Node, fn: ts.FunctionLikeDeclaration, depth = 0): boolean {
    let found = false;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword) {
        found = this.isWrittenProperty(node);
        return;
      }
      if (ts.isIdentifier(node) && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) {
        const symbol = symbolAt(node, this.checker);
        const declaration = symbol?.declarations?.[0];
        if (symbol && declaration && ts.isVariableDeclaration(declaration)) {
          if (isModuleLevel(declaration)) found = this.writtenIn(declaration.getSourceFile()).has(symbol);
          // `const hit = plans.get('active'); if (hit) return hit;`
          else if (depth < 2 && declaration.initializer && isWithin(declaration, fn)) found = this.refersToCache(declaration.initializer, fn, depth + 1);
        }
        return;
      }
      if (ts.isFunctionLike(node)) return;
      ts.forEachChild(node, visit);
    };
    visit(expression);
    return found;
  }

  /** `this.countries` when the class writes it: `this.countries = rows`, `this.byKey.set(...)`. */
  private isWrittenProperty(access: ts.PropertyAccessExpression): boolean {
    let cls: ts.Node | undefined = access.parent;
    while (cls && !ts.isClassLike(cls)) cls = cls.parent;
    if (!cls) return false;
    let written = this.writtenProperties.get(cls);
    if (!written) {
      written = new Set();
      const names = written;
      const visit = (node: ts.Node): void => {
        const target = writtenTarget(node);
        if (target && ts.isPropertyAccessExpression(target) && target.expression.kind === ts.SyntaxKind.ThisKeyword) names.add(target.name.text);
        ts.forEachChild(node, visit);
      };
      visit(cls);
      this.writtenProperties.set(cls, written);
    }
    return written.has(access.name.text);
  }

  /** Module-level variables a file assigns or mutates. */
  private writtenIn(sourceFile: ts.SourceFile): Set<ts.Symbol> {
    let written = this.writtenByFile.get(sourceFile);
    if (written) return written;
    written = new Set();
    const symbols = written;
    const visit = (node: ts.Node): void => {
      let target = writtenTarget(node);
      while (target && (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target))) target = skipOuterExpressions(target.expression);
      if (target && ts.isIdentifier(target)) {
        const symbol = symbolAt(target, this.checker);
        if (symbol) symbols.add(symbol);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    this.writtenByFile.set(sourceFile, written);
    return written;
  }

  /** `get(KEY)` then `set(KEY, ...)` on the same long-lived cache, in one function. */
  private isCacheAside(fn: ts.FunctionLikeDeclaration): boolean {
    const lookups = new Set<string>();
    const stores = new Set<string>();
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.arguments[0]) {
        const receiver = skipOuterExpressions(node.expression.expression);
        const name = node.expression.name.text;
        if ((CACHE_LOOKUPS.test(name) || CACHE_STORES.test(name)) && this.outlives(receiver, fn)) {
          const key = `${receiver.getText()}|${skipOuterExpressions(node.arguments[0]).getText()}`;
          (CACHE_LOOKUPS.test(name) ? lookups : stores).add(key);
        }
      }
      if (node !== fn && ts.isFunctionLike(node)) return;
      ts.forEachChild(node, visit);
    };
    if (fn.body) visit(fn.body);
    return [...lookups].some((key) => stores.has(key));
  }

  /** The cache was not created inside the function (a `Map` made per request caches nothing). */
  private outlives(receiver: ts.Expression, fn: ts.FunctionLikeDeclaration): boolean {
    let root = receiver;
    while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) root = skipOuterExpressions(root.expression);
    if (root.kind === ts.SyntaxKind.ThisKeyword) return true;
    if (!ts.isIdentifier(root)) return false;
    const declaration = symbolAt(root, this.checker)?.declarations?.[0];
    if (!declaration) return true; // an import the checker cannot follow: not made here
    return !isWithin(declaration, fn);
  }
}

const GUARDING_OPERATORS = new Set([
  ts.SyntaxKind.QuestionQuestionEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
  ts.SyntaxKind.QuestionQuestionToken,
  ts.SyntaxKind.BarBarToken,
  ts.SyntaxKind.AmpersandAmpersandToken,
]);

/** What a node writes: the target of an assignment, `++`/`--`, or a mutating call (`cache.set(...)`). */
function writtenTarget(node: ts.Node): ts.Expression | undefined {
  if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
    return skipOuterExpressions(node.left);
  }
  if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) {
    return skipOuterExpressions(node.operand);
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && MUTATORS.test(node.expression.name.text)) {
    return skipOuterExpressions(node.expression.expression);
  }
  return undefined;
}

/** A return or throw, or a block that ends with one. */
function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last !== undefined && exits(last);
  }
  return false;
}


/** Some function of `container` other than `writer` reads what `matches` (not as an assignment target). */
function isReadElsewhere(container: ts.Node, writer: ts.Node, matches: (node: ts.Node) => boolean): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || node === writer) return;
    if (matches(node)) {
      const parent = node.parent;
      const assigned = ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
      if (!assigned && !ts.isSourceFile(enclosingFunction(node))) found = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(container);
  return found;
}
