import { ts } from './ts';

/** Strips parentheses, type assertions and non-null assertions: `(x as Foo)!` is `x`. */
export function skipOuterExpressions(node: ts.Expression): ts.Expression {
  let current = node;
  for (;;) {
    if (
      ts.isParenthesizedExpression(current) ||
      ts.isNonNullExpression(current) ||
      ts.isAsExpression(current) ||
      ts.isTypeAssertionExpression(current) ||
      ts.isSatisfiesExpression(current)
    ) {
      current = current.expression;
    } else {
      return current;
    }
  }
}

/** The parent, skipping wrappers that do not change the value. */
export function valueParent(node: ts.Node): { parent: ts.Node; child: ts.Node } {
  let child = node;
  let parent = node.parent;
  while (
    parent &&
    (ts.isParenthesizedExpression(parent) ||
      ts.isNonNullExpression(parent) ||
      ts.isAsExpression(parent) ||
      ts.isTypeAssertionExpression(parent) ||
      ts.isSatisfiesExpression(parent))
  ) {
    child = parent;
    parent = parent.parent;
  }
  return { parent, child };
}

/** Source text of a node with whitespace collapsed and the middle elided past `max` characters. */
export function shortText(node: ts.Node, max = 60): string {
  const text = node
    .getText()
    .replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+\./g, '.');
  if (text.length <= max) return text;
  const half = Math.floor((max - 1) / 2);
  return `${text.slice(0, half)}…${text.slice(text.length - half)}`;
}

/** The callee text without arguments, for messages: `prisma.user.findUnique`. */
export function calleeText(call: ts.CallExpression | ts.TaggedTemplateExpression): string {
  const callee = ts.isCallExpression(call) ? call.expression : call.tag;
  return shortText(callee, 60);
}

export function isFunctionLikeWithBody(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    (ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isConstructorDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node)) &&
    node.body !== undefined
  );
}

/** The innermost function (or the source file) a node belongs to. */
export function enclosingFunction(node: ts.Node): ts.FunctionLikeDeclaration | ts.SourceFile {
  let current = node.parent;
  while (current && !ts.isSourceFile(current)) {
    if (isFunctionLikeWithBody(current)) return current;
    current = current.parent;
  }
  return current as ts.SourceFile;
}

/** 1-based line and column of a position. */
export function lineAndColumn(sourceFile: ts.SourceFile, position: number): { line: number; column: number } {
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(position);
  return { line: line + 1, column: character + 1 };
}

/** The symbol a name refers to, through imports and re-exports; undefined when the checker cannot say. */
export function symbolAt(node: ts.Node, checker: ts.TypeChecker): ts.Symbol | undefined {
  try {
    const symbol = checker.getSymbolAtLocation(node);
    return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  } catch {
    return undefined;
  }
}

/** The function a declaration names: a function, a method, or a variable holding an arrow function. */
export function functionOfDeclaration(declaration: ts.Declaration): ts.FunctionLikeDeclaration | undefined {
  if (
    ts.isFunctionDeclaration(declaration) ||
    ts.isMethodDeclaration(declaration) ||
    ts.isFunctionExpression(declaration) ||
    ts.isArrowFunction(declaration)
  ) {
    return declaration;
  }
  if ((ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration) || ts.isPropertyAssignment(declaration)) && declaration.initializer) {
    const init = skipOuterExpressions(declaration.initializer);
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  return undefined;
}

/** The workspace functions (with a body) a callee name declares: `getClient` in `getClient()`. */
export function workspaceFunctionsOf(name: ts.Node, checker: ts.TypeChecker): ts.FunctionLikeDeclaration[] {
  const functions: ts.FunctionLikeDeclaration[] = [];
  for (const declaration of symbolAt(name, checker)?.declarations ?? []) {
    if (declaration.getSourceFile().isDeclarationFile) continue;
    const fn = functionOfDeclaration(declaration);
    if (fn?.body) functions.push(fn);
  }
  return functions;
}

/** What a function returns: its expression body, or every `return` of its own (not of nested functions). */
export function returnedExpressions(fn: ts.FunctionLikeDeclaration): ts.Expression[] {
  if (!fn.body) return [];
  if (!ts.isBlock(fn.body)) return [fn.body];
  const returned: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) returned.push(node.expression);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn.body, visit);
  return returned;
}

/** The member a call calls: `findMany` in `prisma.post.findMany(...)`, `sql` in `db.sql\`...\``. */
export function calledMemberName(call: ts.CallExpression | ts.TaggedTemplateExpression): string | undefined {
  const callee = skipOuterExpressions(ts.isCallExpression(call) ? call.expression : call.tag);
  return ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
}

/** The value of a plain property of an object literal: `where` in `{ where: { id } }`. */
export function objectProperty(node: ts.Expression, name: string): ts.Expression | undefined {
  const object = skipOuterExpressions(node);
  if (!ts.isObjectLiteralExpression(object)) return undefined;
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteralLike(property.name)) && property.name.text === name) {
      return skipOuterExpressions(property.initializer);
    }
  }
  return undefined;
}

/** The value a call chain starts from: `qb` in `qb.take(n).skip(m)`, `query` in `query.lean()`. */
export function chainRoot(node: ts.Expression): ts.Expression | undefined {
  let current: ts.Expression = node;
  for (let guard = 0; guard < 64; guard++) {
    current = skipOuterExpressions(current);
    if (ts.isCallExpression(current)) current = current.expression;
    else if (ts.isTaggedTemplateExpression(current)) current = current.tag;
    else if (ts.isPropertyAccessExpression(current)) current = current.expression;
    else return current;
  }
  return undefined;
}

/** `const x = ...` (not `let`): its value is the initializer for good. */
export function isConstDeclaration(declaration: ts.VariableDeclaration): boolean {
  return ts.isVariableDeclarationList(declaration.parent) && (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
}

/**
 * The module and export a local name is bound to, by syntax: `import { a as b } from 'm'` (`a`),
 * a default import (`default`), `import * as m` and `const m = require('m')` (`*`), and
 * `const { a } = require('m')` (`a`).
 */
export function importedBinding(node: ts.Identifier, checker: ts.TypeChecker): { module: string; name: string } | undefined {
  let declaration: ts.Declaration | undefined;
  try {
    declaration = checker.getSymbolAtLocation(node)?.declarations?.[0];
  } catch {
    return undefined;
  }
  if (!declaration) return undefined;
  if (ts.isImportSpecifier(declaration)) return moduleBinding(declaration.parent.parent.parent.moduleSpecifier, (declaration.propertyName ?? declaration.name).text);
  if (ts.isImportClause(declaration)) return moduleBinding(declaration.parent.moduleSpecifier, 'default');
  if (ts.isNamespaceImport(declaration)) return moduleBinding(declaration.parent.parent.moduleSpecifier, '*');
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) return requireBinding(declaration.initializer, '*');
  if (ts.isBindingElement(declaration)) {
    let root: ts.Node = declaration;
    while (ts.isBindingElement(root) || ts.isObjectBindingPattern(root) || ts.isArrayBindingPattern(root)) root = root.parent;
    const name = declaration.propertyName && ts.isIdentifier(declaration.propertyName) ? declaration.propertyName.text : ts.isIdentifier(declaration.name) ? declaration.name.text : '';
    return ts.isVariableDeclaration(root) && root.initializer ? requireBinding(root.initializer, name) : undefined;
  }
  return undefined;
}

function moduleBinding(specifier: ts.Expression, name: string): { module: string; name: string } | undefined {
  return ts.isStringLiteralLike(specifier) ? { module: specifier.text, name } : undefined;
}

function requireBinding(initializer: ts.Expression, name: string): { module: string; name: string } | undefined {
  const node = skipOuterExpressions(initializer);
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require' && node.arguments[0]) {
    return moduleBinding(node.arguments[0], name);
  }
  return undefined;
}

/** The node lies inside `container` (same file, within its span). */
export function isWithin(node: ts.Node, container: ts.Node): boolean {
  return node.getSourceFile() === container.getSourceFile() && node.pos >= container.pos && node.end <= container.end;
}

/**
 * Each file's identifiers by name, walked once per file version: the language server builds a new
 * program on every edit, but the compiler reuses the SourceFile objects of the files that did not
 * change, so only the edited file is walked again.
 */
const identifierIndex = new WeakMap<ts.SourceFile, Map<string, ts.Identifier[]>>();

export function identifiersOf(sourceFile: ts.SourceFile): Map<string, ts.Identifier[]> {
  const cached = identifierIndex.get(sourceFile);
  if (cached) return cached;
  const byName = new Map<string, ts.Identifier[]>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const list = byName.get(node.text);
      if (list) list.push(node);
      else byName.set(node.text, [node]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  identifierIndex.set(sourceFile, byName);
  return byName;
}

/** Whether an identifier of that name appears in the file: a new binding of the name could clash. */
export function usesName(sourceFile: ts.SourceFile, name: string): boolean {
  return identifiersOf(sourceFile).has(name);
}
