import { ts } from 'ts-morph';
import type { Fix, TextEdit } from '../src/core/findings';
import { importPosition, insertAt, replaceNode } from '../src/core/fixes';
import type { IoOperation } from '../src/core/operations';
import type { ReadEvent, ReadKind } from '../src/core/reads';
import { isConditionalPosition, readKindOf } from '../src/core/reads';
import { tableNameMatcher, tableNamesOf } from '../src/core/table-names';
import type { Rule, RuleContext } from '../src/core/rule';
import type { RunContext } from '../src/core/run-contexts';
import { enclosingFunction, isConstDeclaration, isFunctionLikeWithBody, isWithin, lineAndColumn, shortText, skipOuterExpressions } from '../src/core/syntax';

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

/** One row by a constant key (`findUnique({ where: { key: 'maintenance' } })`, `.where({ code }).first()`). */
function isSingleRow(operation: IoOperation): boolean {
  return operation.op === 'by-key' || operation.member.reads === true || operation.steps.some((step) => step.name === 'first' || step.member?.op === 'by-key');
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
    // At the first node holding both, the two must not sit in two branches of it, nor in a try block
    // and its catch (the catch runs when the try did not finish).
    if (second.pos >= parent.pos && second.end <= parent.end) return !isConditionalPosition(parent, child) && !(ts.isTryStatement(parent) && child === parent.tryBlock);
    if (isConditionalPosition(parent, child)) return false;
    if (ts.isFunctionLike(parent)) return false;
  }
  return false;
}

// Fixes. Each fix computes text edits only; what it moves and what it changes is proven first.

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
class ModuleAdditions {
  private readonly names: Set<string>;
  private readonly constants = new Map<string, { name: string; edit: TextEdit }>();

  constructor(private readonly sourceFile: ts.SourceFile) {
    this.names = identifierNames(sourceFile);
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
function readOnceFix(context: RuleContext, operation: IoOperation, additions: ModuleAdditions): Fix | undefined {
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
function memoizedQueryFix(context: RuleContext, operation: IoOperation, kind: ReadKind, additions: ModuleAdditions): Fix | undefined {
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
function reuseFirstReadFix(context: RuleContext, first: ReadEvent, second: ReadEvent, fn: ts.FunctionLikeDeclaration): Fix | undefined {
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

function identifierNames(sourceFile: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return names;
}
