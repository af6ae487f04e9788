import { ts } from '../../src/core/ts';
import type { Construction } from '../../src/core/clients';
import type { Fix, TextEdit } from '../../src/core/findings';
import { isModuleLevel } from '../../src/core/constants';
import { applyEdits } from '../../src/core/fixes';
import type { ValueKindSpec } from '../../src/core/libraries/model';
import type { RuleContext } from '../../src/core/rule';
import { enclosingFunction, identifiersOf, isConstDeclaration, isWithin, skipOuterExpressions, valueParent } from '../../src/core/syntax';

/**
 * unpooled-client's fix: one client for the module. The construction moves to module level, the
 * per-call connect and close go, and pg and mysql2 clients used only for queries become a pool.
 */

/** A text edit within the finding's file, before it gets the file name. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The module-level names the fixes of one file take, with the construction each holds: two fixes
 * that hoist the same construction share one client (their identical inserts are applied once), and
 * two different ones never take the same name.
 */
export class HoistedNames {
  private readonly held = new Map<string, string>();

  /** The names that hold this construction already. */
  holding(key: string): string[] {
    return [...this.held].filter(([, held]) => held === key).map(([name]) => name);
  }

  isTaken(name: string): boolean {
    return this.held.has(name);
  }

  take(name: string, key: string): void {
    this.held.set(name, key);
  }
}

/** `const client = new X(...)` (or `await`ed, or with a connect call chained) alone in its statement. */
interface LocalClient {
  statement: ts.VariableStatement;
  name: ts.Identifier;
  symbol: ts.Symbol;
  awaited: boolean;
  /** `.connect()`, `.asPromise()` called on the new client in the initializer. */
  chained?: { call: ts.CallExpression; member: string };
}

/** The pool a client of a driver is swapped for (pg `Client` → `Pool`), from the library model. */
interface PooledTarget {
  exportName: string;
  kind: string;
  spec: ValueKindSpec;
  connectionStringOption?: string;
}

/** What the function does with its client besides creating it, when the fix can take it over. */
interface ClientUses {
  /** References that become the shared name. */
  references: ts.Identifier[];
  /** Per-call connect and disconnect statements the shared client does without. */
  dropped: ts.ExpressionStatement[];
  /** Per-call connect statements (`await client.connect()`), which each way of sharing treats its own way. */
  connects: Array<{ statement: ts.ExpressionStatement; member: string }>;
}

/** How a shared client gets connected: by itself, on first use (`isOpen`), or through a memoized promise. */
type Connecting = 'drop' | 'guard' | 'lazy';

/**
 * The fix for a client made and used within one call: create it once at module level (after the
 * imports and the constants its arguments use) and drop the per-call connect and end calls; for a
 * driver whose pool runs queries itself (pg, mysql2), a module-level pool instead of the client.
 * None when the arguments depend on the call, when the client leaves the function (returned, stored,
 * handed to a function), or when it does what a shared client cannot (transactions and session state
 * on a pooled connection, pub/sub and blocking reads, listeners that would pile up).
 */
export function sharedClientFix(context: RuleContext, construction: Construction, names: HoistedNames): Fix | undefined {
  const { resolver, registry, checker } = context.models;
  const node = construction.node;
  if (construction.factories.length > 0) return undefined;
  const local = localClient(node, checker);
  const created = resolver.asKind(resolver.valueOf(node));
  const client = created && registry.kind(created.kind)?.spec;
  if (!local || !created || !client || !hasModuleLevelArguments(context, node)) return undefined;
  const pooled = pooledTarget(context, construction, client);
  if (client.pooledForm && !pooled) return undefined;
  // A shared client connects itself, or says when it is open so that the first call connects it, or
  // is created and connected once through a module-level promise.
  const connect: Connecting | undefined = (pooled?.spec ?? client).connectsItself ? 'drop' : pooled ? undefined : client.openFlag ? 'guard' : 'lazy';
  if (!connect) return undefined;
  const declaration = declarationShape(context, local, created.kind, pooled, connect);
  if (!declaration) return undefined;
  const fn = enclosingFunction(node);
  if (ts.isSourceFile(fn) || !fn.body) return undefined;
  const uses = clientUses(context, fn.body, local, created.kind, client, pooled);
  if (!uses) return undefined;
  if (declaration === 'lazy') return lazyClientFix(context, construction, local, uses, names);
  if (connect === 'drop') uses.dropped.push(...uses.connects.map(({ statement }) => statement));

  const sourceFile = node.getSourceFile();
  const expression = pooled ? pooledExpression(context, node, pooled) : { text: moduleLevelText(node) };
  if (!expression) return undefined;
  const position = hoistPosition(node, checker);
  const localName = local.name.text;
  const candidates = pooled ? ['pool', `${localName}Pool`] : declaration === 'alias' ? [`shared${capitalized(localName)}`] : [localName, `shared${capitalized(localName)}`];
  const name = moduleName(candidates, `${position}:${expression.text}`, names, node, declaration === 'alias' ? undefined : local.symbol, checker);
  if (!name) return undefined;

  const edits: Edit[] = [];
  if (declaration === 'alias') edits.push({ start: node.getStart(), end: node.getEnd(), text: name });
  else if (declaration === 'guard') edits.push({ start: local.statement.getStart(), end: local.statement.getEnd(), text: guardText(name, client.openFlag!, local.chained!.member, local.awaited) });
  else edits.push(lineRemoval(local.statement));
  if (declaration !== 'alias' && name !== localName) edits.push(...uses.references.map((reference) => ({ start: reference.getStart(), end: reference.getEnd(), text: name })));
  edits.push(...uses.dropped.map(lineRemoval));
  for (const { statement, member } of connect === 'guard' ? uses.connects : []) {
    edits.push({ start: statement.getStart(), end: statement.getEnd(), text: guardText(name, client.openFlag!, member, isAwaitedStatement(statement)) });
  }
  const cleaned = withoutEmptyFinally(edits, uses.dropped, sourceFile.text);
  if (!cleaned) return undefined;
  const title = pooled
    ? `Use one module-level pool (\`${name}\`) and \`${name}.query\` instead of a ${construction.library.displayName} connection per call`
    : `Create \`${name}\` once at module level and share it instead of a ${construction.library.displayName} client per call`;
  return moduleLevelFix(title, sourceFile, position, `const ${name} = ${expression.text};`, [...(expression.importEdit ? [expression.importEdit] : []), ...cleaned]);
}

/** A fix that declares `declaration` at module level (at `position`) and makes the other edits. */
function moduleLevelFix(title: string, sourceFile: ts.SourceFile, position: number, declaration: string, edits: Edit[]): Fix {
  const file = sourceFile.fileName;
  return {
    title,
    edits: [
      { file, start: position, end: position, newText: position === 0 ? `${declaration}\n\n` : `\n\n${declaration}` },
      ...edits.map((edit): TextEdit => ({ file, start: edit.start, end: edit.end, newText: edit.text })),
    ],
  };
}

/**
 * For a client that must be connected (initialized) once before its first use and cannot say whether
 * it is (TypeORM `initialize()`), or whose creation is itself a promise (Slonik `createPool()`,
 * MongoDB `MongoClient.connect()`): a module-level promise, created on the first call and shared,
 * forgotten again if connecting fails so that the next call retries, as each call did before.
 */
function lazyClientFix(context: RuleContext, construction: Construction, local: LocalClient, uses: ClientUses, names: HoistedNames): Fix | undefined {
  const node = construction.node;
  const lazy = lazyPromise(context, node, local, uses);
  const initializer = (local.statement.declarationList.declarations[0] as ts.VariableDeclaration).initializer;
  if (!lazy || !initializer) return undefined;
  const position = hoistPosition(node, context.models.checker);
  const name = moduleName([`${local.name.text}Ready`], `lazy:${position}:${lazy.promise}`, names, node, undefined, context.models.checker);
  if (!name) return undefined;
  const sourceFile = node.getSourceFile();
  const indent = /^[ \t]*/.exec(sourceFile.text.slice(sourceFile.text.lastIndexOf('\n', local.statement.getStart() - 1) + 1))?.[0] ?? '';
  const memoized = `await (${name} ??= ${lazy.promise}.catch((error: unknown) => {\n${indent}  ${name} = undefined;\n${indent}  throw error;\n${indent}}))`;
  const dropped = [...uses.dropped, ...(lazy.connected ? [lazy.connected] : [])];
  const edits = withoutEmptyFinally([{ start: initializer.getStart(), end: initializer.getEnd(), text: memoized }, ...dropped.map(lineRemoval)], dropped, sourceFile.text);
  if (!edits) return undefined;
  const title = `Create the ${construction.library.displayName} client once, on first use, in a module-level promise (\`${name}\`)`;
  return moduleLevelFix(title, sourceFile, position, `let ${name}: ${lazy.type} | undefined;`, edits);
}

/**
 * The promise of a connected client, its type for the module-level variable, and the connect
 * statement it replaces: `createPool(url)` when creating it is a promise; `new DataSource(...).initialize()`
 * when the connect call (chained or the next statement of the block) resolves to the client itself.
 */
function lazyPromise(
  context: RuleContext,
  node: ts.NewExpression | ts.CallExpression,
  local: LocalClient,
  uses: ClientUses,
): { promise: string; type: string; connected?: ts.ExpressionStatement } | undefined {
  const { checker } = context.models;
  const callee = skipOuterExpressions(node.expression);
  if (!isEntityNameExpression(callee)) return undefined;
  const clientType = checker.getTypeAtLocation(node);
  if (clientType.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
  if (local.awaited && !local.chained) {
    if (!ts.isCallExpression(node) || uses.connects.length > 0 || !clientType.getProperty('then')) return undefined;
    return { promise: node.getText(), type: `ReturnType<typeof ${callee.getText()}>` };
  }
  if (!ts.isNewExpression(node)) return undefined;
  const type = ts.isIdentifier(callee) ? `Promise<${callee.text}>` : `Promise<InstanceType<typeof ${callee.getText()}>>`;
  if (local.chained) {
    if (uses.connects.length > 0 || checker.getTypeAtLocation(local.name) !== clientType) return undefined;
    return { promise: `${node.getText()}.${local.chained.member}()`, type };
  }
  const [connect] = uses.connects;
  if (uses.connects.length !== 1 || connect.statement.parent !== local.statement.parent || !isAwaitedStatement(connect.statement)) return undefined;
  // Used before it is initialized: the shared, initialized client would behave otherwise.
  if ([...uses.references, ...uses.dropped].some((use) => use.getStart() < connect.statement.getStart())) return undefined;
  if (checker.getTypeAtLocation(skipOuterExpressions(connect.statement.expression)) !== clientType) return undefined;
  return { promise: `${node.getText()}.${connect.member}()`, type, connected: connect.statement };
}

/** `DataSource`, `MongoClient.connect`: a name `typeof` can take. */
function isEntityNameExpression(node: ts.Expression): boolean {
  return ts.isIdentifier(node) || (ts.isPropertyAccessExpression(node) && isEntityNameExpression(node.expression));
}

/** The local variable a construction initializes, when that is all its statement does. */
function localClient(node: ts.Expression, checker: ts.TypeChecker): LocalClient | undefined {
  let up = valueParent(node);
  let chained: LocalClient['chained'];
  const access = up.parent;
  if (ts.isPropertyAccessExpression(access) && access.expression === up.child && ts.isCallExpression(access.parent) && access.parent.expression === access) {
    chained = { call: access.parent, member: access.name.text };
    up = valueParent(access.parent);
  }
  let awaited = false;
  if (ts.isAwaitExpression(up.parent)) {
    awaited = true;
    up = valueParent(up.parent);
  }
  const declaration = up.parent;
  if (!ts.isVariableDeclaration(declaration) || declaration.initializer !== up.child || !ts.isIdentifier(declaration.name) || !isConstDeclaration(declaration)) return undefined;
  const list = declaration.parent;
  const statement = list.parent;
  if (!ts.isVariableDeclarationList(list) || list.declarations.length !== 1 || !ts.isVariableStatement(statement) || !ts.isBlock(statement.parent)) return undefined;
  const symbol = checker.getSymbolAtLocation(declaration.name);
  return symbol ? { statement, name: declaration.name, symbol, awaited, chained } : undefined;
}

/**
 * What becomes of the local's declaration:
 * - `remove`: the local goes, its references name the module-level client;
 * - `alias`: a chained call that only waits for the connection stays, on the shared client
 *   (`const replica = await sharedReplica.asPromise()`);
 * - `guard`: a chained connect of a client that does not connect itself runs on first use only;
 * - `lazy`: the local awaits a module-level promise of the connected client.
 */
function declarationShape(
  context: RuleContext,
  local: LocalClient,
  kind: string,
  pooled: PooledTarget | undefined,
  connect: Connecting,
): 'remove' | 'alias' | 'guard' | 'lazy' | undefined {
  // Awaiting the construction itself: creating the client is a promise (unless the pool replaces it).
  if (!local.chained) return pooled ? 'remove' : local.awaited || connect === 'lazy' ? 'lazy' : 'remove';
  const spec = context.models.registry.member(kind, local.chained.member);
  if (pooled || !spec?.connects || local.chained.call.arguments.length > 0) return undefined;
  if (connect === 'drop') return spec.connects === 'repeatable' ? 'alias' : undefined;
  return connect === 'guard' || spec.connects === 'once' ? connect : undefined;
}

/** The pool the library model offers instead of a client of this kind. */
function pooledTarget(context: RuleContext, construction: Construction, client: ValueKindSpec): PooledTarget | undefined {
  const form = client.pooledForm;
  if (!form) return undefined;
  const { registry } = context.models;
  const exported = construction.library.exports[form.export];
  const kind = exported?.instance ?? (exported?.value ? registry.kind(exported.value)?.spec.call?.returns : undefined);
  const spec = kind ? registry.kind(kind)?.spec : undefined;
  return kind && spec ? { exportName: form.export, kind, spec, connectionStringOption: form.connectionStringOption } : undefined;
}

/**
 * Every reference of the client in its function, when each one is a use a shared client (or the pool)
 * serves the same way: a member call or property, or a call of the client itself (`knex('users')`,
 * postgres.js `sql\`...\``); connect and disconnect calls are statements of their own.
 */
function clientUses(
  context: RuleContext,
  body: ts.Node,
  local: LocalClient,
  kind: string,
  client: ValueKindSpec,
  pooled: PooledTarget | undefined,
): ClientUses | undefined {
  const { registry, checker } = context.models;
  const uses: ClientUses = { references: [], dropped: [], connects: [] };
  for (const reference of referencesOf(body, local, checker)) {
    const { parent, child } = valueParent(reference);
    if (ts.isPropertyAccessExpression(parent) && parent.expression === child) {
      const member = parent.name.text;
      const call = ts.isCallExpression(parent.parent) && parent.parent.expression === parent ? parent.parent : undefined;
      const spec = registry.member(kind, member);
      if (call && (spec?.connects || spec?.disconnects)) {
        const statement = standaloneStatement(call);
        // `openUri(url)`: a connect that takes the address is the configuration, not a formality.
        if (!statement || (spec.connects && call.arguments.length > 0)) return undefined;
        if (spec.connects) uses.connects.push({ statement, member });
        else uses.dropped.push(statement);
        continue;
      }
      if (pooled ? !poolServes(context, call, kind, member, client, pooled) : isExclusive(client, member)) return undefined;
      uses.references.push(reference);
      continue;
    }
    const called = (ts.isCallExpression(parent) && parent.expression === child) || (ts.isTaggedTemplateExpression(parent) && parent.tag === child);
    if (pooled || !called) return undefined;
    uses.references.push(reference);
  }
  return uses;
}

function referencesOf(body: ts.Node, local: LocalClient, checker: ts.TypeChecker): ts.Identifier[] {
  const found: ts.Identifier[] = [];
  const visit = (node: ts.Node): void => {
    // Shorthand properties too (`{ client }`): the client handed on, which rules the fix out.
    if (ts.isIdentifier(node) && node !== local.name && node.text === local.name.text && !isPropertyName(node) && symbolOf(node, checker) === local.symbol) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

/**
 * The pool runs this call as the client did: the pool has the member with the same operation, and
 * its SQL (known text) leaves no state on the connection for a later query to rely on.
 */
function poolServes(context: RuleContext, call: ts.CallExpression | undefined, kind: string, member: string, client: ValueKindSpec, pooled: PooledTarget): boolean {
  const { registry } = context.models;
  const spec = registry.member(kind, member);
  if (!call || !spec?.op || registry.member(pooled.kind, member)?.op !== spec.op) return false;
  if (spec.sqlArgument === undefined) return true;
  const argument = call.arguments[spec.sqlArgument];
  const sql = argument && staticText(argument, context.models.checker);
  return sql !== undefined && !(client.connectionStateSql && new RegExp(client.connectionStateSql, 'i').test(sql));
}

function isExclusive(client: ValueKindSpec, member: string): boolean {
  return (client.exclusiveMembers ?? []).some((name) => name.toLowerCase() === member.toLowerCase());
}

/** The text of a string or template literal (or a const holding one), with a placeholder for each substitution. */
function staticText(node: ts.Expression, checker: ts.TypeChecker, depth = 0): string | undefined {
  const expression = skipOuterExpressions(node);
  if (ts.isIdentifier(expression) && depth < 3) {
    const declaration = symbolOf(expression, checker)?.valueDeclaration;
    const constant = declaration && ts.isVariableDeclaration(declaration) && isConstDeclaration(declaration) && declaration.initializer;
    return constant ? staticText(constant, checker, depth + 1) : undefined;
  }
  if (ts.isStringLiteralLike(expression)) return expression.text;
  if (ts.isTemplateExpression(expression)) return expression.head.text + expression.templateSpans.map((span) => ` ? ${span.literal.text}`).join('');
  return undefined;
}

/** `await client.end();`, `client.disconnect();`: the call is the whole statement, in a block. */
function standaloneStatement(call: ts.CallExpression): ts.ExpressionStatement | undefined {
  let node: ts.Node = call;
  while (ts.isAwaitExpression(node.parent) || ts.isVoidExpression(node.parent) || ts.isParenthesizedExpression(node.parent)) node = node.parent;
  const statement = node.parent;
  return ts.isExpressionStatement(statement) && ts.isBlock(statement.parent) ? statement : undefined;
}

function isAwaitedStatement(statement: ts.ExpressionStatement): boolean {
  return ts.isAwaitExpression(skipOuterExpressions(statement.expression));
}

function guardText(name: string, openFlag: string, member: string, awaited: boolean): string {
  return `if (!${name}.${openFlag}) ${awaited ? 'await ' : ''}${name}.${member}();`;
}

/**
 * The constructor's arguments have the same value on every call: they name only module-level
 * constants, imports and globals (`process.env`), and call nothing that could differ per call.
 * Functions among the options (`retryStrategy`) run later and may use their own parameters.
 */
function hasModuleLevelArguments(context: RuleContext, node: ts.NewExpression | ts.CallExpression): boolean {
  const { checker, constants } = context.models;
  let constant = true;
  const visit = (current: ts.Node, inFunction: boolean): void => {
    if (!constant) return;
    if (current.kind === ts.SyntaxKind.ThisKeyword || current.kind === ts.SyntaxKind.SuperKeyword) constant = false;
    else if (!inFunction && (ts.isAwaitExpression(current) || ts.isYieldExpression(current) || ts.isPostfixUnaryExpression(current))) constant = false;
    else if (!inFunction && (ts.isCallExpression(current) || ts.isNewExpression(current) || ts.isTaggedTemplateExpression(current)) && !constants.isConstant(current)) constant = false;
    else if (ts.isIdentifier(current) && !isPropertyName(current) && !isModuleBinding(current, node, checker)) constant = false;
    if (constant) ts.forEachChild(current, (child) => visit(child, inFunction || ts.isFunctionLike(current)));
  };
  for (const argument of node.arguments ?? []) visit(argument, false);
  return constant;
}

/** The name is bound at module level (a const, an import, a declaration), by a global, or inside `within`. */
function isModuleBinding(identifier: ts.Identifier, within: ts.Node, checker: ts.TypeChecker): boolean {
  if (identifier.text === 'undefined') return true;
  const declaration = symbolOf(identifier, checker)?.declarations?.[0];
  if (!declaration) return false;
  if (declaration.getSourceFile() !== within.getSourceFile() || isWithin(declaration, within)) return true;
  if (!ts.isSourceFile(enclosingFunction(declaration))) return false;
  if (ts.isVariableDeclaration(declaration)) return isConstDeclaration(declaration) && isModuleLevel(declaration);
  return (
    ts.isImportSpecifier(declaration) ||
    ts.isImportClause(declaration) ||
    ts.isNamespaceImport(declaration) ||
    ts.isImportEqualsDeclaration(declaration) ||
    ts.isFunctionDeclaration(declaration) ||
    ts.isClassDeclaration(declaration) ||
    ts.isEnumDeclaration(declaration) ||
    ts.isInterfaceDeclaration(declaration) ||
    ts.isTypeAliasDeclaration(declaration)
  );
}

function symbolOf(identifier: ts.Identifier, checker: ts.TypeChecker): ts.Symbol | undefined {
  try {
    const parent = identifier.parent;
    return ts.isShorthandPropertyAssignment(parent) && parent.name === identifier ? checker.getShorthandAssignmentValueSymbol(parent) : checker.getSymbolAtLocation(identifier);
  } catch {
    return undefined;
  }
}

/** An identifier that names a property or a label, not a binding: `x.client`, `{ client: 'pg' }`. */
function isPropertyName(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if (ts.isPropertyAccessExpression(parent) || ts.isQualifiedName(parent)) return (ts.isPropertyAccessExpression(parent) ? parent.name : parent.right) === identifier;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isBindingElement(parent)) return parent.propertyName === identifier;
  if (
    ts.isPropertyAssignment(parent) ||
    ts.isPropertyDeclaration(parent) ||
    ts.isPropertySignature(parent) ||
    ts.isMethodDeclaration(parent) ||
    ts.isMethodSignature(parent) ||
    ts.isGetAccessorDeclaration(parent) ||
    ts.isSetAccessorDeclaration(parent) ||
    ts.isEnumMember(parent)
  ) {
    return parent.name === identifier;
  }
  return ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent) || ts.isJsxAttribute(parent);
}

/**
 * Where the module-level client goes: after the imports and after every module-level declaration its
 * arguments use, so that they are initialized first.
 */
function hoistPosition(node: ts.Node, checker: ts.TypeChecker): number {
  const sourceFile = node.getSourceFile();
  const imports = sourceFile.statements.filter((statement) => ts.isImportDeclaration(statement) || ts.isImportEqualsDeclaration(statement));
  let position = imports.length > 0 ? imports[imports.length - 1].getEnd() : 0;
  const visit = (current: ts.Node): void => {
    if (ts.isIdentifier(current) && !isPropertyName(current)) {
      const declaration = symbolOf(current, checker)?.declarations?.[0];
      if (declaration && declaration.getSourceFile() === sourceFile && !isWithin(declaration, node)) {
        let top: ts.Node = declaration;
        while (top.parent && !ts.isSourceFile(top.parent)) top = top.parent;
        position = Math.max(position, top.getEnd());
      }
    }
    ts.forEachChild(current, visit);
  };
  visit(node);
  return position;
}

/** The construction's text for module level: continuation lines lose the indentation of its statement. */
function moduleLevelText(node: ts.Node): string {
  const text = node.getText();
  const sourceText = node.getSourceFile().text;
  const lineStart = sourceText.lastIndexOf('\n', node.getStart() - 1) + 1;
  const indent = /^[ \t]*/.exec(sourceText.slice(lineStart))?.[0] ?? '';
  if (!indent || hasMultilineTemplate(node)) return text;
  return text
    .split('\n')
    .map((line, index) => (index > 0 && line.startsWith(indent) ? line.slice(indent.length) : line))
    .join('\n');
}

function hasMultilineTemplate(node: ts.Node): boolean {
  let found = false;
  const visit = (current: ts.Node): void => {
    if (found) return;
    if ((ts.isTemplateExpression(current) || ts.isNoSubstitutionTemplateLiteral(current)) && current.getText().includes('\n')) found = true;
    else ts.forEachChild(current, visit);
  };
  visit(node);
  return found;
}

/**
 * The pool's constructor call with the client's arguments (`new pg.Pool(...)`, `mysql.createPool(...)`),
 * and the import it needs. A connection string becomes the pool's option when the pool takes no string.
 */
function pooledExpression(context: RuleContext, node: ts.NewExpression | ts.CallExpression, pooled: PooledTarget): { text: string; importEdit?: Edit } | undefined {
  const callee = skipOuterExpressions(node.expression);
  let calleeText: string;
  let importEdit: Edit | undefined;
  if (ts.isIdentifier(callee)) {
    const imported = pooledImport(context, callee, pooled.exportName, node);
    if (!imported) return undefined;
    calleeText = imported.name;
    importEdit = imported.edit;
  } else if (ts.isPropertyAccessExpression(callee)) {
    calleeText = `${callee.expression.getText()}.${pooled.exportName}`;
  } else {
    return undefined;
  }
  const args = node.arguments ?? [];
  if (args.length > 1) return undefined;
  let argumentText = args.map((argument) => argument.getText()).join(', ');
  if (pooled.connectionStringOption && args.length === 1) {
    const shape = argumentShape(args[0], context.models.checker);
    if (shape === 'string') argumentText = `{ ${pooled.connectionStringOption}: ${argumentText} }`;
    else if (shape !== 'object') return undefined;
  }
  return { text: `${ts.isNewExpression(node) ? 'new ' : ''}${calleeText}(${argumentText})`, importEdit };
}

/** The local name of the pool's export in the import that brought the client's (added when missing). */
function pooledImport(context: RuleContext, callee: ts.Identifier, exportName: string, node: ts.Node): { name: string; edit?: Edit } | undefined {
  const declaration = symbolOf(callee, context.models.checker)?.declarations?.[0];
  if (!declaration || !ts.isImportSpecifier(declaration) || declaration.isTypeOnly || declaration.parent.parent.isTypeOnly) return undefined;
  const elements = declaration.parent.elements;
  const existing = elements.find((element) => !element.isTypeOnly && (element.propertyName ?? element.name).text === exportName);
  if (existing) return { name: existing.name.text };
  if (!isFreeName(exportName, node, undefined, context.models.checker)) return undefined;
  const last = elements[elements.length - 1];
  return { name: exportName, edit: { start: last.getEnd(), end: last.getEnd(), text: `, ${exportName}` } };
}

function argumentShape(argument: ts.Expression, checker: ts.TypeChecker): 'string' | 'object' | undefined {
  const expression = skipOuterExpressions(argument);
  if (ts.isObjectLiteralExpression(expression)) return 'object';
  if (ts.isStringLiteralLike(expression) || ts.isTemplateExpression(expression)) return 'string';
  let type: ts.Type;
  try {
    type = checker.getTypeAtLocation(argument);
  } catch {
    return undefined;
  }
  const parts = type.isUnion() ? type.types : [type];
  const nothing = ts.TypeFlags.Undefined | ts.TypeFlags.Null;
  if (parts.every((part) => part.flags & (ts.TypeFlags.StringLike | nothing)) && parts.some((part) => part.flags & ts.TypeFlags.StringLike)) return 'string';
  if (parts.every((part) => part.flags & ts.TypeFlags.Object)) return 'object';
  return undefined;
}

/**
 * The first candidate free for the module-level client: not taken by another fix of the file (unless
 * that fix hoists the same construction, which is then shared), and not bound anywhere that would
 * clash: at module level, or in a function around the construction. `own` is the local being replaced.
 */
function moduleName(candidates: string[], key: string, names: HoistedNames, node: ts.Node, own: ts.Symbol | undefined, checker: ts.TypeChecker): string | undefined {
  const shared = names.holding(key).find((name) => isFreeName(name, node, own, checker));
  if (shared) return shared;
  const all = [...candidates, ...[2, 3, 4, 5].map((n) => `${candidates[0]}${n}`)];
  const name = all.find((candidate) => !names.isTaken(candidate) && isFreeName(candidate, node, own, checker));
  if (name) names.take(name, key);
  return name;
}

function isFreeName(name: string, node: ts.Node, own: ts.Symbol | undefined, checker: ts.TypeChecker): boolean {
  const fn = enclosingFunction(node);
  return (identifiersOf(node.getSourceFile()).get(name) ?? []).every((current) => {
    if (isPropertyName(current)) return true;
    const symbol = symbolOf(current, checker);
    if (own && symbol === own) return true;
    const declaration = symbol?.declarations?.[0];
    // A binding inside another function only shadows the new name there.
    const scope = declaration && enclosingFunction(declaration);
    return !!declaration && !!scope && declaration.getSourceFile() === node.getSourceFile() && !ts.isSourceFile(scope) && !isWithin(fn, scope);
  });
}

function capitalized(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Removes a statement with its line (and a comment that ends the line) when it stands alone on it. */
function lineRemoval(statement: ts.Node): Edit {
  const text = statement.getSourceFile().text;
  const start = statement.getStart();
  const end = statement.getEnd();
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/^[ \t]*$/.test(text.slice(lineStart, start))) {
    let after = end;
    while (text[after] === ' ' || text[after] === '\t') after++;
    if (text.startsWith('//', after)) {
      const newline = text.indexOf('\n', after);
      after = newline === -1 ? text.length : newline;
    }
    if (text[after] === '\r') after++;
    if (text[after] === '\n') return { start: lineStart, end: after + 1, text: '' };
    if (after >= text.length) return { start: lineStart, end: after, text: '' };
  }
  return { start, end, text: '' };
}

/**
 * A `finally` left with nothing but dropped statements goes: with its `try` when there is no `catch`
 * (the try block's statements take its place, one level less indented), or alone after a `catch`.
 * Undefined when unwrapping would clash with a name of the enclosing block.
 */
function withoutEmptyFinally(edits: Edit[], dropped: ts.ExpressionStatement[], text: string): Edit[] | undefined {
  let result = edits;
  const tries = new Set(dropped.map((statement) => statement.parent.parent).filter((parent): parent is ts.TryStatement => ts.isTryStatement(parent)));
  for (const statement of tries) {
    const finallyBlock = statement.finallyBlock!;
    if (!finallyBlock.statements.every((inner) => dropped.includes(inner as ts.ExpressionStatement))) continue;
    const inFinally = (edit: Edit) => edit.start >= finallyBlock.getStart() && edit.end <= finallyBlock.getEnd() + 1;
    if (statement.catchClause) {
      result = [...result.filter((edit) => !inFinally(edit)), { start: statement.catchClause.getEnd(), end: finallyBlock.getEnd(), text: '' }];
      continue;
    }
    const unwrapped = unwrapTry(statement, result, text);
    if (!unwrapped) return undefined;
    result = [...result.filter((edit) => !inFinally(edit) && !(edit.start >= statement.tryBlock.getStart() && edit.end <= statement.tryBlock.getEnd())), unwrapped];
  }
  return result;
}

function unwrapTry(statement: ts.TryStatement, edits: Edit[], text: string): Edit | undefined {
  if (clashesWhenUnwrapped(statement)) return undefined;
  const open = statement.tryBlock.getStart() + 1;
  const close = statement.tryBlock.getEnd() - 1;
  const inside = edits.filter((edit) => edit.start >= open && edit.end <= close).map((edit) => ({ file: '', start: edit.start - open, end: edit.end - open, newText: edit.text }));
  let body = applyEdits(text.slice(open, close), inside);
  if (body === undefined) return undefined;
  body = body.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n[ \t]*$/, '');
  const start = statement.getStart();
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indent = text.slice(lineStart, start);
  if (!/^[ \t]*$/.test(indent)) return undefined;
  if (!hasMultilineTemplate(statement.tryBlock)) body = dedented(body, indent);
  return { start: lineStart, end: statement.getEnd(), text: body };
}

/** Block-scoped names of the try block that the enclosing block also uses: unwrapped, they would clash. */
function clashesWhenUnwrapped(statement: ts.TryStatement): boolean {
  const declared = new Set<string>();
  const collect = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) declared.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) collect(element.name);
  };
  for (const inner of statement.tryBlock.statements) {
    if (ts.isVariableStatement(inner)) inner.declarationList.declarations.forEach((declaration) => collect(declaration.name));
    else if ((ts.isFunctionDeclaration(inner) || ts.isClassDeclaration(inner)) && inner.name) declared.add(inner.name.text);
  }
  if (declared.size === 0) return false;
  let clash = false;
  const visit = (node: ts.Node): void => {
    if (clash || node === statement) return;
    if (ts.isIdentifier(node) && declared.has(node.text) && !isPropertyName(node)) clash = true;
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(statement.parent, visit);
  return clash;
}

function dedented(body: string, indent: string): string {
  const lines = body.split('\n');
  const first = lines.find((line) => line.trim() !== '');
  const inner = first ? (/^[ \t]*/.exec(first)?.[0] ?? '') : '';
  if (!inner.startsWith(indent) || inner.length <= indent.length) return body;
  return lines.map((line) => (line.startsWith(inner) ? indent + line.slice(inner.length) : line)).join('\n');
}
