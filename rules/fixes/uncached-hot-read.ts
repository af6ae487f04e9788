import { ts } from '../../src/core/ts';
import type { Fix, TextEdit } from '../../src/core/findings';
import { importPosition, insertAt, replaceNode } from '../../src/core/fixes';
import type { IoOperation } from '../../src/core/operations';
import type { ReadEvent, ReadKind } from '../../src/core/reads';
import { tableNamesOf } from '../../src/core/table-names';
import type { RuleContext } from '../../src/core/rule';
import { enclosingFunction, identifiersOf, isConstDeclaration, isWithin, lineAndColumn, skipOuterExpressions } from '../../src/core/syntax';

/**
 * uncached-hot-read's fixes: a fixed file read behind a module-level once(), a constant query behind a
 * module-level memo with a TTL, and a repeated read replaced by the first one's result. Each fix
 * computes text edits only; what it moves and what it changes is proven first.
 */

/** One row by a constant key (`findUnique({ where: { key: 'maintenance' } })`, `.where({ code }).first()`). */
export function isSingleRow(operation: IoOperation): boolean {
  return operation.op === 'by-key' || operation.member.reads === true || operation.steps.some((step) => step.name === 'first' || step.member?.op === 'by-key');
}

/** The read is the query itself, not a helper call that performs it. */
export function isDirect(context: RuleContext, event: ReadEvent): boolean {
  return context.models.operations.classify(event.node)?.node === event.node;
}


/** How long the fix's memo keeps a constant query's result: read-mostly data, at most a minute stale. */
const MEMO_TTL_MS = 60_000;

/** A function the fixes add once to a file, after its imports, for module-level constants to call. */
interface ModuleHelper {
  name: string;
  typescript: string;
  javascript: string;
}

const ONCE_DOC = '/** Runs `load` on the first call, and returns what it returned (for a promise, the same promise) after that. */';

const ONCE: ModuleHelper = {
  name: 'once',
  typescript: `${ONCE_DOC}\nfunction once<T>(load: () => T): () => T {\n  let cache: { value: T } | undefined;\n  return () => (cache ??= { value: load() }).value;\n}`,
  javascript: `${ONCE_DOC}\nfunction once(load) {\n  let cache;\n  return () => (cache ??= { value: load() }).value;\n}`,
};

const MEMOIZE_FOR_DOC = [
  '/**',
  ' * Runs `load` at most once per `ttlMs` milliseconds: calls in between share its promise, and wait for the',
  ' * same read. A load that fails is not kept: the next call runs it again.',
  ' */',
];

/** The memo's body, with or without the TypeScript types. */
const memoizeFor = (types: boolean): string =>
  [
    ...MEMOIZE_FOR_DOC,
    types ? 'function memoizeFor<T>(ttlMs: number, load: () => PromiseLike<T>): () => Promise<T> {' : 'function memoizeFor(ttlMs, load) {',
    types ? '  let cached: { promise: Promise<T>; expires: number } | undefined;' : '  let cached;',
    '  return () => {',
    '    if (cached && Date.now() < cached.expires) return cached.promise;',
    '    const entry = { promise: Promise.resolve(load()), expires: Date.now() + ttlMs };',
    '    cached = entry;',
    '    entry.promise.catch(() => {',
    '      if (cached === entry) cached = undefined;',
    '    });',
    '    return entry.promise;',
    '  };',
    '}',
  ].join('\n');

const MEMOIZE_FOR: ModuleHelper = { name: 'memoizeFor', typescript: memoizeFor(true), javascript: memoizeFor(false) };

/**
 * What the fixes of one file add at its top level, shared between them: each helper once, after the
 * imports, and module-level constants named so that they clash with nothing in the file. The same
 * initializer gets the same constant, by the same edit (which the fixer applies once), so two
 * handlers that read the same countries share one memo.
 */
export class ModuleAdditions {
  private readonly names: Set<string>;
  private readonly constants = new Map<string, { name: string; edit: TextEdit }>();

  constructor(private readonly sourceFile: ts.SourceFile) {
    this.names = new Set(identifiersOf(sourceFile).keys());
  }

  /** The edits that give the file `helper` (none when it has it already); undefined when its name is taken. */
  helper(helper: ModuleHelper): TextEdit[] | undefined {
    const body = /\.[cm]?jsx?$/.test(this.sourceFile.fileName) ? helper.javascript : helper.typescript;
    if (this.sourceFile.text.includes(body)) return [];
    // Another `once` (events' `once`, a variable) would clash with the helper.
    if (this.names.has(helper.name)) return undefined;
    const { position, prefix } = helperPosition(this.sourceFile);
    return [insertAt(this.sourceFile, position, `${prefix}\n${body}${prefix ? '' : '\n\n'}`)];
  }

  /** `const <name> = <initializer>;` at the top level, before the statement that holds `site` and its comments. */
  constant(baseName: string, initializer: string, site: ts.Node): { name: string; edit: TextEdit } {
    const known = this.constants.get(initializer);
    if (known) return known;
    let name = baseName;
    for (let suffix = 2; this.names.has(name); suffix++) name = `${baseName}${suffix}`;
    this.names.add(name);
    let statement = site;
    while (!ts.isSourceFile(statement.parent)) statement = statement.parent;
    const comments = ts.getLeadingCommentRanges(this.sourceFile.text, statement.getFullStart()) ?? [];
    const position = comments[0]?.pos ?? statement.getStart();
    const added = { name, edit: insertAt(site, position, `const ${name} = ${initializer};\n\n`) };
    this.constants.set(initializer, added);
    return added;
  }
}

/** After the imports, or after the directives (`'use server'`) of a file with none. */
function helperPosition(sourceFile: ts.SourceFile): { position: number; prefix: string } {
  const imports = importPosition(sourceFile);
  if (imports.prefix) return imports;
  // A directive must stay the first statement of the file.
  let last: ts.Statement | undefined;
  for (const statement of sourceFile.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    last = statement;
  }
  return last ? { position: last.getEnd(), prefix: '\n' } : imports;
}

/**
 * A fixed file read hoisted into a module-level function that reads it once and keeps the result
 * (the promise, for `fs.promises.readFile`), with a small `once` helper added to the file:
 * `await readFile(TERMS_PATH, 'utf8')` → `await cachedTermsPath()`. Callback reads get no fix.
 */
export function readOnceFix(context: RuleContext, operation: IoOperation, additions: ModuleAdditions): Fix | undefined {
  const { checker } = context.models;
  const call = operation.call;
  if (!ts.isCallExpression(call) || call.arguments.some((argument) => ts.isFunctionLike(skipOuterExpressions(argument)))) return undefined;
  const fn = enclosingFunction(call);
  if (ts.isSourceFile(fn) || !movesToModuleScope(call, checker) || changesResult(valueOf(call), fn, checker)) return undefined;
  const helper = additions.helper(ONCE);
  if (!helper) return undefined;
  const path = skipOuterExpressions(call.arguments[0]);
  const base = ts.isIdentifier(path) ? path.text.toLowerCase().replace(/_([a-z0-9])/g, (_all, letter: string) => letter.toUpperCase()) : 'file';
  const constant = additions.constant(`cached${pascalCase(base)}`, `once(() => ${call.getText()})`, fn);
  return { title: 'Read the file once, then reuse it', edits: [...helper, constant.edit, replaceNode(call, `${constant.name}()`)] };
}

/**
 * A query with constant arguments kept in a module-level memo for a minute, with a small
 * `memoizeFor` helper added to the file: `await prisma.setting.findUnique({ where: { key: 'banner' } })`
 * → `await loadBannerSetting()`. Only where a promise of the rows can stand in for the query (it is
 * awaited, or returned where a promise is returned), when it uses only module-level names (no
 * `this`, no local), and when the function does not change the rows in place (they are shared with
 * the next requests).
 */
export function memoizedQueryFix(context: RuleContext, operation: IoOperation, kind: ReadKind, additions: ModuleAdditions): Fix | undefined {
  const { checker, constants } = context.models;
  const node = operation.node;
  const fn = enclosingFunction(node);
  if (ts.isSourceFile(fn) || !constants.isConstantChain(node) || !takesPromise(node, fn, checker)) return undefined;
  if (!movesToModuleScope(node, checker) || changesResult(valueOf(node), fn, checker)) return undefined;
  const helper = additions.helper(MEMOIZE_FOR);
  if (!helper) return undefined;
  const ttl = String(MEMO_TTL_MS).replace(/\B(?=(\d{3})+$)/g, '_');
  const constant = additions.constant(memoNameOf(operation, kind, checker), `memoizeFor(${ttl}, () => ${node.getText()})`, fn);
  return { title: 'Keep the result for a minute instead of reading it on every request', edits: [...helper, constant.edit, replaceNode(node, `${constant.name}()`)] };
}

/**
 * A promise of the query's value can stand in for the query: it is awaited, or returned from an
 * async function (which awaits it), and it is a thenable (`any` too: awaiting a plain value gives it
 * back); or it is a Promise already, returned as such.
 */
function takesPromise(node: ts.Expression, fn: ts.FunctionLikeDeclaration, checker: ts.TypeChecker): boolean {
  const { parent, child } = outerParent(node);
  const type = checker.getTypeAtLocation(node);
  const awaited = ts.isAwaitExpression(parent) || (isReturned(parent, child, fn) && isAsync(fn));
  if (awaited) return (type.flags & ts.TypeFlags.Any) !== 0 || type.getProperty('then') !== undefined;
  const symbol = type.getSymbol();
  return isReturned(parent, child, fn) && symbol?.getName() === 'Promise' && (symbol.declarations ?? []).every((declaration) => declaration.getSourceFile().isDeclarationFile);
}

/** What the function gets from the read: the awaited value, when it awaits it. */
function valueOf(node: ts.Expression): ts.Expression {
  const { parent } = outerParent(node);
  return ts.isAwaitExpression(parent) ? parent : node;
}

function outerParent(node: ts.Node): { parent: ts.Node; child: ts.Node } {
  let child = node;
  while (ts.isParenthesizedExpression(child.parent)) child = child.parent;
  return { parent: child.parent, child };
}

function isReturned(parent: ts.Node, child: ts.Node, fn: ts.FunctionLikeDeclaration): boolean {
  return (ts.isReturnStatement(parent) && enclosingFunction(parent) === fn) || (parent === fn && ts.isArrowFunction(fn) && fn.body === child);
}

function isAsync(fn: ts.FunctionLikeDeclaration): boolean {
  return !fn.asteriskToken && (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) !== 0;
}

/** `loadCountries`, `loadBannerSetting` (one row by a constant key), `loadFeatureFlags` (a Redis key). */
function memoNameOf(operation: IoOperation, kind: ReadKind, checker: ts.TypeChecker): string {
  const call = operation.call;
  if (kind === 'cache') {
    const key = ts.isCallExpression(call) && call.arguments[0] ? wordLiteral(call.arguments[0]) : undefined;
    return `load${pascalCase(key ?? 'cachedValue')}`;
  }
  // The model or table (`prisma.setting`, `db('countries')`), not the calls of the chain; the client
  // the chain starts at comes last, and can be the collection itself (`settings.findOne(...)`).
  const stepNames = new Set(operation.steps.map((step) => step.name));
  const table = tableNamesOf(operation, checker).find((name) => !stepNames.has(name));
  if (!table) return 'loadConstantRead';
  if (isSingleRow(operation)) return `load${pascalCase(keyLiteralOf(operation, table) ?? '')}${pascalCase(table)}`;
  return `load${pascalCase(operation.op === 'list' ? plural(table) : table)}`;
}

/**
 * The key of a row when the query spells it: `{ key: 'banner' }`, `where('key', '=', 'banner')`,
 * `eq(settings.key, 'maintenance')`: a property's value or a call's last argument, the last one in
 * the chain. Not the table, nor a column list.
 */
function keyLiteralOf(operation: IoOperation, table: string): string | undefined {
  let key: string | undefined;
  const consider = (node: ts.Expression | undefined): void => {
    const word = node && wordLiteral(node);
    if (word && word !== table) key = word;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isPropertyAssignment(node)) consider(node.initializer);
    if (ts.isCallExpression(node) && node.arguments.length > 1) consider(node.arguments[node.arguments.length - 1]);
    ts.forEachChild(node, visit);
  };
  for (const { call } of operation.steps) {
    if (!ts.isCallExpression(call)) continue;
    if (call.arguments.length > 1) consider(call.arguments[call.arguments.length - 1]);
    call.arguments.forEach(visit);
  }
  return key;
}

function wordLiteral(node: ts.Expression): string | undefined {
  const value = skipOuterExpressions(node);
  return ts.isStringLiteralLike(value) && /^[A-Za-z][\w-]{0,29}$/.test(value.text) ? value.text : undefined;
}

/** `Country` → `Countries`, `taxRate` → `taxRates`; `settings` stays. */
function plural(name: string): string {
  if (/s$/i.test(name)) return name;
  if (/[^aeiou]y$/i.test(name)) return `${name.slice(0, -1)}ies`;
  return /(x|ch|sh)$/i.test(name) ? `${name}es` : `${name}s`;
}

function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}

/**
 * `const b = await q(args)` after `const a = await q(args)` becomes `const b = a`. Only when both are
 * the read itself (not a helper that performs it), awaited, of the same type; the first is kept in
 * a `const` of a block that holds the second, so it is set whenever the second runs (the caller
 * proved there is no branch and no write between them); the name still means that constant there;
 * and neither result is changed in place (they become one object).
 */
export function reuseFirstReadFix(context: RuleContext, first: ReadEvent, second: ReadEvent, fn: ts.FunctionLikeDeclaration): Fix | undefined {
  const { checker } = context.models;
  if (!isDirect(context, first) || !isDirect(context, second)) return undefined;
  const firstAwait = outerParent(first.node).parent;
  const secondAwait = outerParent(second.node).parent;
  if (!ts.isAwaitExpression(firstAwait) || !ts.isAwaitExpression(secondAwait)) return undefined;
  const { parent: declaration, child } = outerParent(firstAwait);
  if (!ts.isVariableDeclaration(declaration) || declaration.initializer !== child || declaration.type || !ts.isIdentifier(declaration.name) || !isConstDeclaration(declaration)) return undefined;
  const statement = declaration.parent.parent;
  if (!ts.isVariableStatement(statement) || !ts.isBlock(statement.parent) || !isWithin(secondAwait, statement.parent) || secondAwait.getStart() < statement.getEnd()) return undefined;
  const name = declaration.name.text;
  const symbol = checker.getSymbolAtLocation(declaration.name);
  if (!symbol || checker.getSymbolsInScope(secondAwait, ts.SymbolFlags.Value).find((candidate) => candidate.name === name) !== symbol) return undefined;
  if (checker.getTypeAtLocation(firstAwait) !== checker.getTypeAtLocation(secondAwait)) return undefined;
  // `let b = await q()` would take the first's narrowed type (`User` after `if (!user) return`).
  const target = outerParent(secondAwait).parent;
  if (ts.isVariableDeclaration(target) && !isConstDeclaration(target)) return undefined;
  if (changesResult(firstAwait, fn, checker) || changesResult(secondAwait, fn, checker)) return undefined;
  const { line } = lineAndColumn(first.node.getSourceFile(), first.node.getStart());
  return { title: `Reuse \`${name}\`, read on line ${line}`, edits: [replaceNode(secondAwait, name)] };
}

/**
 * Every name the expression uses is declared at the top level of its module, in another module or
 * in the expression itself, and it uses no `this`, `super`, `arguments` or `await`: it means the same
 * in a module-level constant.
 */
function movesToModuleScope(expression: ts.Node, checker: ts.TypeChecker): boolean {
  let moves = true;
  const declaredWell = (symbol: ts.Symbol | undefined): boolean => {
    const declaration = symbol?.declarations?.[0];
    return !declaration || declaration.getSourceFile() !== expression.getSourceFile() || isWithin(declaration, expression) || isTopLevelDeclaration(declaration);
  };
  const visit = (node: ts.Node): void => {
    if (!moves) return;
    if (node.kind === ts.SyntaxKind.ThisKeyword || node.kind === ts.SyntaxKind.SuperKeyword || ts.isAwaitExpression(node) || ts.isYieldExpression(node) || ts.isMetaProperty(node)) {
      moves = false;
    } else if (ts.isIdentifier(node)) {
      moves = node.text !== 'arguments' && declaredWell(checker.getSymbolAtLocation(node));
    } else if (ts.isShorthandPropertyAssignment(node)) {
      moves = declaredWell(checker.getShorthandAssignmentValueSymbol(node));
    } else if (ts.isPropertyAccessExpression(node) || ts.isQualifiedName(node)) {
      // The name after the dot is a property.
      visit(ts.isPropertyAccessExpression(node) ? node.expression : node.left);
    } else if (ts.isPropertyAssignment(node) || ts.isBindingElement(node)) {
      if (ts.isPropertyAssignment(node)) {
        if (ts.isComputedPropertyName(node.name)) visit(node.name);
        visit(node.initializer);
      } else {
        if (node.propertyName && ts.isComputedPropertyName(node.propertyName)) visit(node.propertyName);
        if (node.initializer) visit(node.initializer);
      }
    } else {
      ts.forEachChild(node, visit);
    }
  };
  visit(expression);
  return moves;
}

/** Declared by a statement of the file's top level (not in a block, a function or a class). */
function isTopLevelDeclaration(declaration: ts.Node): boolean {
  for (let node = declaration; !ts.isSourceFile(node.parent); node = node.parent) {
    const parent = node.parent;
    if (ts.isBlock(parent) || ts.isModuleBlock(parent) || ts.isFunctionLike(parent) || ts.isClassLike(parent) || ts.isCaseBlock(parent)) return false;
  }
  return true;
}

/** Methods that change the array, map, set or document they are called on. */
const CHANGING_METHODS = new Set([
  'push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin', 'set', 'delete', 'clear', 'add',
  'save', 'remove', 'update', 'increment', 'decrement', 'reload', 'destroy', 'deleteOne', 'updateOne', 'overwrite', 'populate', 'depopulate',
]);

/** Array methods whose callback receives the elements: the argument index of the element parameter. */
const ELEMENT_CALLBACKS: Record<string, number> = {
  forEach: 0, map: 0, flatMap: 0, filter: 0, find: 0, findLast: 0, findIndex: 0, findLastIndex: 0, some: 0, every: 0, reduce: 1, reduceRight: 1,
};

/** `Object.assign(target, ...)` and its kin change their first argument. */
const CHANGES_FIRST_ARGUMENT = /^(Object\.(assign|defineProperty|defineProperties|setPrototypeOf)|Reflect\.(set|defineProperty|deleteProperty))$/;

/**
 * Whether `fn` changes in place the value `site` evaluates to, or something reached from it: a
 * property or element assigned or deleted, a changing method called (`push`, `sort`, a Map's `set`,
 * a document's `save`), `Object.assign` into it. It follows the names the value is bound to or
 * destructured into, and its elements in for...of loops and array callbacks. Values handed to other
 * functions are taken as read (`res.json(rows)`): that is as far as a syntactic look goes.
 */
function changesResult(site: ts.Expression, fn: ts.FunctionLikeDeclaration, checker: ts.TypeChecker): boolean {
  const followed = new Set<ts.Symbol>();
  const pending: ts.Symbol[] = [];
  const follow = (name: ts.BindingName | ts.Expression): void => {
    const identifiers = ts.isIdentifier(name) ? [name] : ts.isObjectBindingPattern(name) || ts.isArrayBindingPattern(name) ? bindingIdentifiers(name) : [];
    for (const identifier of identifiers) {
      const symbol = checker.getSymbolAtLocation(identifier);
      if (symbol && !followed.has(symbol)) {
        followed.add(symbol);
        pending.push(symbol);
      }
    }
  };
  if (changesThrough(site, follow)) return true;
  while (pending.length > 0) {
    const symbol = pending.pop() as ts.Symbol;
    let changed = false;
    const visit = (node: ts.Node): void => {
      if (changed) return;
      if (ts.isIdentifier(node) && checker.getSymbolAtLocation(node) === symbol && !isDeclarationName(node)) changed = changesThrough(node, follow);
      else ts.forEachChild(node, visit);
    };
    if (fn.body) visit(fn.body);
    if (changed) return true;
  }
  return false;
}

/** How one use of the value changes it, or hands it to a new name that `follow` tracks. */
function changesThrough(use: ts.Expression, follow: (name: ts.BindingName | ts.Expression) => void): boolean {
  // The whole access chain from the value: `rows[0].tags.push` in `rows[0].tags.push(tag)`.
  let top: ts.Node = use;
  let accessed = false;
  for (;;) {
    const parent: ts.Node = top.parent;
    if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === top) accessed = true;
    else if (!(ts.isParenthesizedExpression(parent) || ts.isNonNullExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent))) break;
    top = parent;
  }
  const parent = top.parent;
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
    if (parent.left === top) return accessed;
    if (parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(parent.left)) follow(parent.left);
    return false;
  }
  if (ts.isDeleteExpression(parent) || ((ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) && (parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken))) return accessed;
  if (ts.isCallExpression(parent) && parent.expression === top && ts.isPropertyAccessExpression(top)) {
    const method = top.name.text;
    if (CHANGING_METHODS.has(method)) return true;
    const callback = ELEMENT_CALLBACKS[method] !== undefined ? parent.arguments[0] : undefined;
    const element = callback && (ts.isArrowFunction(callback) || ts.isFunctionExpression(callback)) ? callback.parameters[ELEMENT_CALLBACKS[method]] : undefined;
    if (element) follow(element.name);
    return false;
  }
  if (ts.isCallExpression(parent) && parent.arguments[0] === top) return CHANGES_FIRST_ARGUMENT.test(parent.expression.getText().replace(/\s+/g, ''));
  if (ts.isVariableDeclaration(parent) && parent.initializer === top) follow(parent.name);
  if (ts.isForOfStatement(parent) && parent.expression === top) {
    const variable = parent.initializer;
    if (ts.isVariableDeclarationList(variable)) variable.declarations.forEach((declaration) => follow(declaration.name));
    else follow(variable);
  }
  return false;
}

function bindingIdentifiers(pattern: ts.BindingPattern): ts.Identifier[] {
  const identifiers: ts.Identifier[] = [];
  for (const element of pattern.elements) {
    if (ts.isOmittedExpression(element)) continue;
    if (ts.isIdentifier(element.name)) identifiers.push(element.name);
    else identifiers.push(...bindingIdentifiers(element.name));
  }
  return identifiers;
}

function isDeclarationName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (ts.isVariableDeclaration(parent) || ts.isBindingElement(parent) || ts.isParameter(parent)) && parent.name === node;
}

