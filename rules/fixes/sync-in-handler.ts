import { ts } from '../../src/core/ts';
import type { CallSite } from '../../src/core/call-sites';
import type { AnalysisModels } from '../../src/core/rule';
import type { Fix, TextEdit } from '../../src/core/findings';
import type { RequestEntry } from '../../src/core/frameworks';
import type { AsyncForm, LibrarySpec } from '../../src/core/libraries/model';
import { importPosition, insertAt, lineAfterImports, replaceNode } from '../../src/core/fixes';
import { enclosingFunction, importedBinding, returnedExpressions, skipOuterExpressions, usesName, valueParent } from '../../src/core/syntax';

/**
 * sync-in-handler's fix: the awaited async form the library model names, with its import or a
 * module-level promisified function, and `async` on a handler whose callers cannot tell.
 */

/**
 * The awaited async form in place of the blocking call, with what it needs: the import of its module,
 * a module-level `promisify`-ed function, and `async` on the enclosing function when it is a request
 * handler whose callers cannot see the difference. Undefined where no form gives the same value.
 */
export function asyncFix(call: ts.CallExpression, form: AsyncForm | undefined, library: LibrarySpec, handler: RequestEntry | undefined, models: AnalysisModels): Fix | undefined {
  if (!form || !argumentsFit(call, form)) return undefined;
  const binding = blockingBinding(call, form, library, models.checker);
  if (!binding) return undefined;
  const replacement = asyncCall(call, form, binding, models.checker);
  if (!replacement) return undefined;
  const asyncEdits = awaitingFunction(call, handler, models);
  if (!asyncEdits) return undefined;
  const args = call.arguments.map((argument) => argument.getText()).join(', ');
  let text = `await ${replacement.callee}(${args})`;
  if (form.resultProperty) text = `(${text}).${form.resultProperty}`;
  else if (needsParentheses(call)) text = `(${text})`;
  return {
    title: `Use ${form.resultProperty ? `(await ${replacement.callee}()).${form.resultProperty}` : `await ${replacement.callee}()`}`,
    edits: [...asyncEdits, replaceNode(call, text), ...replacement.edits],
  };
}

/** Spread arguments, more arguments than the async form gives the same meaning to, or options it does not take. */
function argumentsFit(call: ts.CallExpression, form: AsyncForm): boolean {
  if (call.arguments.some(ts.isSpreadElement)) return false;
  if (form.maxArguments !== undefined && call.arguments.length > form.maxArguments) return false;
  const required = form.requiredOption;
  if (!required) return true;
  const options = call.arguments[required.argument] && skipOuterExpressions(call.arguments[required.argument]);
  if (!options || !ts.isObjectLiteralExpression(options)) return false;
  let set = false;
  for (const property of options.properties) {
    if (!ts.isPropertyAssignment(property) || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) return false;
    const key = property.name.text;
    if (!required.keys.includes(key)) return false;
    if (key === required.key) {
      const value = skipOuterExpressions(property.initializer);
      if (!ts.isStringLiteralLike(value) || required.except.includes(value.text)) return false;
      set = true;
    }
  }
  return set;
}

/** How the blocking function is reached: through a namespace (`fs.readFileSync`) or a named import (`readFileSync`). */
interface BlockingBinding {
  /** The namespace's local name, or undefined for a named import. */
  namespace?: string;
  /** The module specifier as the file writes it. */
  module: string;
  /** The binding comes from an import declaration (not `require`): module-level code may use it. */
  imported: boolean;
}

function blockingBinding(call: ts.CallExpression, form: AsyncForm, library: LibrarySpec, checker: ts.TypeChecker): BlockingBinding | undefined {
  const callee = skipOuterExpressions(call.expression);
  const name = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) ? callee.expression : ts.isIdentifier(callee) ? callee : undefined;
  if (!name) return undefined;
  const imported = importedBinding(name, checker);
  if (!imported || !(form.modules ?? library.modules).includes(imported.module)) return undefined;
  const declaration = checker.getSymbolAtLocation(name)?.declarations?.[0];
  const fromImport = !!declaration && (ts.isImportSpecifier(declaration) || ts.isImportClause(declaration) || ts.isNamespaceImport(declaration));
  if (name === callee) return imported.name === '*' || imported.name === 'default' ? undefined : { module: imported.module, imported: fromImport };
  return imported.name === '*' || imported.name === 'default' ? { namespace: name.text, module: imported.module, imported: fromImport } : undefined;
}

/** The async function to call, and the edits that bring it into scope. */
function asyncCall(call: ts.CallExpression, form: AsyncForm, binding: BlockingBinding, checker: ts.TypeChecker): { callee: string; edits: TextEdit[] } | undefined {
  const sourceFile = call.getSourceFile();
  switch (form.from) {
    case 'member': {
      if (binding.namespace) return { callee: `${binding.namespace}.${form.name}`, edits: [] };
      // A named import: the module is the object, and the async member its export of that name.
      const existing = namedImportOf(sourceFile, [binding.module], form.name);
      if (existing) return { callee: existing, edits: [] };
      if (!binding.imported || usesName(sourceFile, form.name)) return undefined;
      return { callee: form.name, edits: [addImport(call, `import { ${form.name} } from '${binding.module}';`)] };
    }
    case 'module': {
      if (!form.module) return undefined;
      if (binding.namespace && form.namespaceMember) return { callee: `${binding.namespace}.${form.namespaceMember}.${form.name}`, edits: [] };
      const existing = namespaceImportOf(sourceFile, form.module);
      if (existing) return { callee: `${existing}.${form.name}`, edits: [] };
      const local = localNameOf(form.module);
      if (usesName(sourceFile, local) || !canAddImports(sourceFile)) return undefined;
      return { callee: `${local}.${form.name}`, edits: [addImport(call, `import * as ${local} from '${form.module}';`)] };
    }
    case 'promisified':
      return promisifiedCall(call, form, binding, checker);
  }
}

/**
 * `gzipAsync` from a module-level `const gzipAsync = promisify(zlib.gzip)`: the one the file already
 * has, or one added after the imports, with the imports of `promisify` and of `gzip` when missing.
 */
function promisifiedCall(call: ts.CallExpression, form: AsyncForm, binding: BlockingBinding, checker: ts.TypeChecker): { callee: string; edits: TextEdit[] } | undefined {
  const promisify = form.promisify;
  const sourceFile = call.getSourceFile();
  if (!promisify) return undefined;
  const existing = existingPromisified(sourceFile, form, binding, checker);
  if (existing) return { callee: existing, edits: [] };
  const line = lineAfterImports(sourceFile);
  if (!binding.imported || line === undefined) return undefined;
  const edits: TextEdit[] = [];
  const promisifyName = namedImportOf(sourceFile, promisify.modules, promisify.name);
  if (!promisifyName) {
    if (usesName(sourceFile, promisify.name)) return undefined;
    edits.push(addImport(call, `import { ${promisify.name} } from '${promisify.modules[0]}';`));
  }
  let original = binding.namespace ? `${binding.namespace}.${form.name}` : namedImportOf(sourceFile, [binding.module], form.name);
  if (!original) {
    if (usesName(sourceFile, form.name)) return undefined;
    edits.push(addImport(call, `import { ${form.name} } from '${binding.module}';`));
    original = form.name;
  }
  const local = `${form.name}Async`;
  if (usesName(sourceFile, local)) return undefined;
  edits.push(insertAt(call, line, `const ${local} = ${promisifyName ?? promisify.name}(${original});\n`));
  return { callee: local, edits };
}

/** A module-level `const x = promisify(<the same callback function>)` of the file. */
function existingPromisified(sourceFile: ts.SourceFile, form: AsyncForm, binding: BlockingBinding, checker: ts.TypeChecker): string | undefined {
  const promisify = form.promisify;
  if (!promisify) return undefined;
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer && skipOuterExpressions(declaration.initializer);
      if (!ts.isIdentifier(declaration.name) || declaration.type || !init || !ts.isCallExpression(init) || init.arguments.length !== 1) continue;
      const wrapper = skipOuterExpressions(init.expression);
      const wrapperBinding = ts.isIdentifier(wrapper) ? importedBinding(wrapper, checker) : undefined;
      if (!wrapperBinding || wrapperBinding.name !== promisify.name || !promisify.modules.includes(wrapperBinding.module)) continue;
      if (namesExport(skipOuterExpressions(init.arguments[0]), binding.module, form.name, checker)) return declaration.name.text;
    }
  }
  return undefined;
}

/** `gzip` imported from the module, or `zlib.gzip` on its namespace. */
function namesExport(node: ts.Expression, module: string, name: string, checker: ts.TypeChecker): boolean {
  if (ts.isIdentifier(node)) {
    const imported = importedBinding(node, checker);
    return imported?.module === module && imported.name === name;
  }
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.name.text === name) {
    const imported = importedBinding(node.expression, checker);
    return imported?.module === module && (imported.name === '*' || imported.name === 'default');
  }
  return false;
}

/**
 * The edits that let the enclosing function await: none when it is async already; `async` before it
 * when it is a request handler that only the framework calls, that the framework lets return a
 * promise, and that finishes when it returns (no callback parameter to call later). Otherwise none.
 */
function awaitingFunction(call: ts.CallExpression, handler: RequestEntry | undefined, models: AnalysisModels): TextEdit[] | undefined {
  const fn = enclosingFunction(call);
  if (ts.isSourceFile(fn)) return undefined;
  if (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) return [];
  if (!handler || fn.asteriskToken || !fn.body) return undefined;
  if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) || ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn))) return undefined;
  if (fn.type && !isPromiseType(fn.type, models.checker)) return undefined;
  const takes = frameworkTakesPromise(fn, handler, models);
  if (!takes || finishesLater(fn)) return undefined;
  return [insertAt(fn, asyncKeywordPosition(fn), 'async ')];
}

/**
 * Whether the framework takes a promise from the function, and nothing else calls it. The function is
 * handed to the registration itself (not to a wrapper around it), or is declared as a handler (a
 * NestJS route, a Next.js or Lambda export); the framework's declared type for it, when there is one,
 * lets it return a promise. Without such a type, a class method (NestJS, type-graphql) answers with
 * its value or a promise alike, and a function that returns nothing cannot change what it gives.
 */
function frameworkTakesPromise(fn: ts.FunctionLikeDeclaration, handler: RequestEntry, models: AnalysisModels): boolean {
  const checker = models.checker;
  // `ReturnType<typeof createContext>`: a type made from the function would change with it.
  if (typeQueried(fn)) return false;
  const use = frameworkUse(fn, handler, models.callSites.of(fn));
  if (!use) return false;
  // The type the function is written against (`const list: RequestHandler = ...`), and the one where it is registered.
  const types = [contextualTypeOf(fn, checker), use === fn ? undefined : contextualTypeOf(use, checker)].filter((type): type is ts.Type => !!type);
  if (types.length > 0) return types.every((type) => returnsAcceptPromise(type, checker));
  if (ts.isMethodDeclaration(fn) && ts.isClassLike(fn.parent)) return contractAcceptsPromise(fn, checker);
  return returnedExpressions(fn).length === 0;
}

/**
 * Where the framework gets the function, when nothing else uses it: the function itself (declared as
 * a handler, or written inline in the registration), or the one use of its name, in the registration.
 */
function frameworkUse(fn: ts.FunctionLikeDeclaration, handler: RequestEntry, allSites: CallSite[]): ts.Node | undefined {
  // `export default handler` names the Next.js route; it does not call it.
  const sites = allSites.filter((site) => !ts.isExportAssignment(site.name.parent));
  // Declared handlers are known by the function itself or by its name (a NestJS method, a resolver field).
  const named = ts.isIdentifier(handler.node) || ts.isStringLiteral(handler.node);
  if (handler.node === fn || (named && (handler.node.parent === fn || handler.node.parent === fn.parent))) return sites.length === 0 ? fn : undefined;
  if (sites.length === 0) return handedDirectly(fn, handler) ? fn : undefined;
  const only = sites.length === 1 && !sites[0].call && !sites[0].construction ? usedValue(sites[0].name) : undefined;
  return only && handedDirectly(only, handler) ? only : undefined;
}

/** The file names the function's type with `typeof` (other files' types are left to the compiler). */
function typeQueried(fn: ts.FunctionLikeDeclaration): boolean {
  const holder = fn.parent;
  const name = fn.name && ts.isIdentifier(fn.name) ? fn.name.text : ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) ? holder.name.text : undefined;
  if (!name) return false;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isTypeQueryNode(node) && ts.isIdentifier(node.exprName) && node.exprName.text === name) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(fn.getSourceFile());
  return found;
}

/** `list` in `router.get('/', list)`, `controller.list` in `router.get('/', controller.list)`. */
function usedValue(name: ts.Identifier): ts.Expression {
  return ts.isPropertyAccessExpression(name.parent) && name.parent.name === name ? name.parent : name;
}

/**
 * The value is an argument of the registering call (alone or in a list of handlers), or a property of
 * the route object given to it (`{ handler }`, Hapi's `{ options: { handler } }`).
 */
function handedDirectly(value: ts.Node, entry: RequestEntry): boolean {
  let { parent, child } = valueParent(value);
  if (ts.isArrayLiteralExpression(parent)) ({ parent, child } = valueParent(parent));
  if (ts.isCallExpression(parent)) return parent === entry.node && parent.arguments.includes(child as ts.Expression);
  let object = ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent) ? parent.parent : ts.isMethodDeclaration(value) ? value.parent : undefined;
  for (let depth = 0; object && ts.isObjectLiteralExpression(object) && depth < 2; depth++) {
    if (object === entry.node) return true;
    let outer = valueParent(object);
    if (ts.isArrayLiteralExpression(outer.parent)) outer = valueParent(outer.parent);
    if (ts.isCallExpression(outer.parent)) return outer.parent === entry.node && outer.parent.arguments.includes(outer.child as ts.Expression);
    object = ts.isPropertyAssignment(outer.parent) ? outer.parent.parent : undefined;
  }
  return false;
}

/** The type the framework declares for the function where it is handed over. */
function contextualTypeOf(value: ts.Node, checker: ts.TypeChecker): ts.Type | undefined {
  if (ts.isMethodDeclaration(value) && ts.isObjectLiteralExpression(value.parent) && ts.isIdentifier(value.name)) {
    const object = checker.getContextualType(value.parent);
    const property = object?.getProperty(value.name.text);
    return property && checker.getTypeOfSymbolAtLocation(property, value.parent);
  }
  return ts.isExpression(value) ? checker.getContextualType(value) : undefined;
}

/**
 * Every call signature of the type may return a promise (`void | Promise<void>`, `any`, `unknown`).
 * Of a union (Hapi: a handler function or a handler object), the functions count.
 */
function returnsAcceptPromise(type: ts.Type, checker: ts.TypeChecker): boolean {
  const defined = checker.getNonNullableType(type);
  const signatures = (defined.isUnion() ? defined.types : [defined]).flatMap((part) => part.getCallSignatures());
  return signatures.length > 0 && signatures.every((signature) => acceptsPromise(signature.getReturnType()));
}

function acceptsPromise(type: ts.Type): boolean {
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return true;
  if (type.isUnion()) return type.types.some(acceptsPromise);
  return !!type.getProperty('then');
}

/** A method the class owes an interface or a base class (NestJS `canActivate`) returns what that contract lets it. */
function contractAcceptsPromise(method: ts.MethodDeclaration, checker: ts.TypeChecker): boolean {
  const cls = method.parent as ts.ClassLikeDeclaration;
  const name = ts.isIdentifier(method.name) ? method.name.text : undefined;
  if (!name) return false;
  for (const clause of cls.heritageClauses ?? []) {
    for (const base of clause.types) {
      const property = checker.getTypeAtLocation(base).getProperty(name);
      if (property) return returnsAcceptPromise(checker.getTypeOfSymbolAtLocation(property, base), checker);
    }
  }
  return true;
}

function isPromiseType(node: ts.TypeNode, checker: ts.TypeChecker): boolean {
  return checker.getTypeFromTypeNode(node).getSymbol()?.getName() === 'Promise';
}

/**
 * The function hands its outcome to a parameter: calls one without waiting for what it returns
 * (`done()`, `callback(null, body)`, `next()`), or uses one in a nested function that may run later
 * (`stream.on('end', () => reply.send(data))`). Made async, it would settle before that happens.
 */
function finishesLater(fn: ts.FunctionLikeDeclaration): boolean {
  const parameters = new Set(fn.parameters.flatMap((parameter) => boundNames(parameter.name)));
  let later = false;
  const visit = (node: ts.Node, nested: boolean): void => {
    if (later) return;
    if (ts.isIdentifier(node) && parameters.has(node.text) && !isPropertyName(node)) {
      const { parent } = valueParent(node);
      const awaited = ts.isCallExpression(parent) && skipOuterExpressions(parent.expression) === skipOuterExpressions(node) && isResultUsed(parent);
      if (nested || (ts.isCallExpression(parent) && skipOuterExpressions(parent.expression) === skipOuterExpressions(node) && !awaited)) later = true;
    }
    ts.forEachChild(node, (child) => visit(child, nested || (ts.isFunctionLike(child) && child !== fn)));
  };
  if (fn.body) visit(fn.body, false);
  return later;
}

/** The names a parameter binds: `req`, or `ctx` and `next` of `({ ctx, next })`. */
function boundNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isBindingElement(element) ? boundNames(element.name) : []));
}

/** `return next()`, `await next()`: the function waits for what the call gives. */
function isResultUsed(call: ts.CallExpression): boolean {
  const { parent } = valueParent(call);
  return ts.isReturnStatement(parent) || ts.isAwaitExpression(parent) || (ts.isArrowFunction(parent) && parent.body === call);
}

function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node);
}

/** Where `async ` goes: before `function`, before a method's name (after `public`, `static`), before an arrow's parameters. */
function asyncKeywordPosition(fn: ts.FunctionLikeDeclaration): number {
  if (ts.isMethodDeclaration(fn)) return fn.name.getStart();
  const keyword = fn.getChildren().find((child) => child.kind === ts.SyntaxKind.FunctionKeyword);
  if (keyword) return keyword.getStart();
  const modifiers = ts.canHaveModifiers(fn) ? (ts.getModifiers(fn) ?? []) : [];
  return modifiers.length > 0 ? modifiers[modifiers.length - 1].getEnd() + 1 : fn.getStart();
}

/** `readFileSync(p).toString()`: the awaited call needs parentheses where it is the object of a member. */
function needsParentheses(call: ts.CallExpression): boolean {
  let child: ts.Node = call;
  while (ts.isNonNullExpression(child.parent)) child = child.parent;
  const parent = child.parent;
  return (
    ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === child) ||
    ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === child) ||
    ts.isTaggedTemplateExpression(parent)
  );
}

/** The import edit, after the file's imports; two fixes that need the same import make the same edit. */
function addImport(node: ts.Node, statement: string): TextEdit {
  const { position, prefix } = importPosition(node.getSourceFile());
  return insertAt(node, position, `${prefix}${statement}${prefix ? '' : '\n'}`);
}

/** Adding an ES import to a CommonJS JavaScript file would change how it loads. */
function canAddImports(sourceFile: ts.SourceFile): boolean {
  return sourceFile.statements.some(ts.isImportDeclaration) || !/\.[cm]?jsx?$/.test(sourceFile.fileName);
}

/** `node:fs/promises` → `fsPromises`. */
function localNameOf(module: string): string {
  const words = module.replace(/^node:/, '').split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((word, index) => (index === 0 ? word : word[0].toUpperCase() + word.slice(1))).join('');
}


/** The local name of `import * as x from '<module>'` (with or without `node:`), when the file has one. */
function namespaceImportOf(sourceFile: ts.SourceFile, module: string): string | undefined {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || !sameModule(statement.moduleSpecifier.text, module)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings) && !statement.importClause?.isTypeOnly) return bindings.name.text;
  }
  return undefined;
}

/** The local name of `import { name } from '<module>'`, when the file has one. */
function namedImportOf(sourceFile: ts.SourceFile, modules: string[], name: string): string | undefined {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || statement.importClause?.isTypeOnly) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!modules.some((module) => sameModule(specifier, module))) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    const element = bindings.elements.find((candidate) => !candidate.isTypeOnly && (candidate.propertyName ?? candidate.name).text === name);
    if (element) return element.name.text;
  }
  return undefined;
}

/** `fs/promises` and `node:fs/promises` name the same built-in module. */
function sameModule(a: string, b: string): boolean {
  return a.replace(/^node:/, '') === b.replace(/^node:/, '');
}
