import { ts } from './ts';
import type { LibrarySpec, MemberSpec } from './libraries/model';
import type { LibraryRegistry } from './libraries/registry';
import { returnedExpressions, skipOuterExpressions, workspaceFunctionsOf } from './syntax';

/**
 * What an expression is, as far as the library model is concerned: either a value of a known kind
 * (`prisma.user` is a `prisma.delegate`) or a library export binding not yet used (`PrismaClient`,
 * `knex`, the `pg` namespace), whose meaning depends on how it is used (new, call, member access).
 */
export type ValueRef =
  | { library: LibrarySpec; kind: string; resolvedBy: ResolutionPath }
  | { library: LibrarySpec; exportName: string; resolvedBy: ResolutionPath };

export type ResolutionPath = 'types' | 'imports';

export interface ResolutionStats {
  byTypes: number;
  byImports: number;
}

const MAX_DEPTH = 12;
const TYPE_WRAPPERS = new Set(['Promise', 'Awaited', 'Readonly', 'Partial', 'Required', 'Omit', 'Pick', 'NonNullable']);

/**
 * Resolves expressions to library values: through the type checker when the workspace has the
 * libraries' typings, and through import tracking (identifier → import/require → constructor,
 * factory or type annotation) when it does not. Results are memoized per node.
 */
export class Resolver {
  private readonly cache = new Map<ts.Node, ValueRef | null>();
  private readonly inProgress = new Set<ts.Node>();
  readonly stats: ResolutionStats = { byTypes: 0, byImports: 0 };

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly registry: LibraryRegistry,
  ) {}

  /** The library value an expression evaluates to, if any. */
  valueOf(expression: ts.Expression): ValueRef | undefined {
    const node = skipOuterExpressions(expression);
    const cached = this.cache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    if (this.inProgress.has(node) || this.inProgress.size > MAX_DEPTH * 4) return undefined;
    this.inProgress.add(node);
    let result: ValueRef | undefined;
    try {
      result = this.fromTypes(node) ?? this.fromSyntax(node);
    } finally {
      this.inProgress.delete(node);
    }
    this.cache.set(node, result ?? null);
    return result;
  }

  /** Awaiting a query builder gives its rows, not the builder; awaiting a client promise gives the client. */
  private awaited(ref: ValueRef | undefined): ValueRef | undefined {
    const kind = this.asKind(ref);
    if (kind && this.registry.kind(kind.kind)?.spec.thenable) return undefined;
    return ref;
  }

  /** The kind of a value ref once used as a value (an export binding's `value`). */
  asKind(ref: ValueRef | undefined): { library: LibrarySpec; kind: string } | undefined {
    if (!ref) return undefined;
    if ('kind' in ref) return ref;
    const value = ref.library.exports[ref.exportName]?.value;
    return value ? { library: ref.library, kind: value } : undefined;
  }

  /** What calling member `name` on `receiver` does. */
  memberOf(receiver: ValueRef | undefined, name: string): { library: LibrarySpec; spec: MemberSpec } | undefined {
    if (!receiver) return undefined;
    if ('exportName' in receiver) {
      const exported = receiver.library.exports[receiver.exportName];
      if (exported?.namespace) return undefined; // `pg.Pool` is an export, not a member
    }
    const kind = this.asKind(receiver);
    if (!kind) return undefined;
    const spec = this.registry.member(kind.kind, name);
    return spec ? { library: kind.library, spec } : undefined;
  }

  /** What calling the value itself does (`knex('users')`, `fetch(url)`). */
  callOf(callee: ValueRef | undefined): { library: LibrarySpec; spec: MemberSpec } | undefined {
    const kind = this.asKind(callee);
    const spec = kind && this.registry.kind(kind.kind)?.spec.call;
    return kind && spec ? { library: kind.library, spec } : undefined;
  }

  // ---------------------------------------------------------------- type checker path

  private fromTypes(node: ts.Expression): ValueRef | undefined {
    if (isTrivialForTypes(node)) return undefined;
    let type: ts.Type;
    try {
      if (ts.isCallExpression(node)) {
        const declared = this.declaredCallKind(node);
        if (declared) return this.typesRef(declared.kind);
      }
      type = this.declaredType(node) ?? this.checker.getTypeAtLocation(node);
    } catch {
      return undefined;
    }
    // A class itself (`MongoClient` in `MongoClient.connect(url)`): its type is the constructor, whose
    // symbol carries the class name; the `types` map names instances. Import tracking knows the export.
    if (ts.isIdentifier(node) && type.getConstructSignatures().length > 0 && (type.getSymbol()?.flags ?? 0) & ts.SymbolFlags.Class) return undefined;
    return this.typesRef(this.kindOfType(type, 0));
  }

  private typesRef(found: { library: LibrarySpec; kind: string } | undefined): ValueRef | undefined {
    if (!found) return undefined;
    this.stats.byTypes++;
    return { ...found, resolvedBy: 'types' };
  }

  /**
   * The kind a call returns, read from its callee's declared signatures: the call's own type costs
   * overload resolution with every argument checked, a callback's whole body included (`router.get(
   * '/', async (req, res) => {...})`, `items.map(...)`), which is most of what a type-aware scan would
   * spend. When no signature's return type can become another kind once its type arguments are
   * inferred, and all signatures agree, that kind is the call's. Otherwise (`undefined` here) the
   * caller asks for the call's type.
   */
  private declaredCallKind(call: ts.CallExpression): { kind: { library: LibrarySpec; kind: string } | undefined } | undefined {
    const callee = call.expression;
    if (!ts.isIdentifier(callee) && !ts.isPropertyAccessExpression(callee) && !ts.isElementAccessExpression(callee)) return undefined;
    const calleeType = this.declaredType(callee) ?? this.checker.getTypeAtLocation(callee);
    if (calleeType.flags & ts.TypeFlags.Any) return { kind: undefined };
    const signatures = calleeType.getCallSignatures();
    if (signatures.length === 0) return undefined;
    let agreed: { library: LibrarySpec; kind: string } | undefined;
    for (const [index, signature] of signatures.entries()) {
      const returned = this.checker.getReturnTypeOfSignature(signature);
      if (this.kindDependsOnInstantiation(returned, 0)) return undefined;
      const kind = this.kindOfType(returned, 0);
      if (index > 0 && (kind?.kind !== agreed?.kind || kind?.library !== agreed?.library)) return undefined;
      agreed = kind;
    }
    return { kind: agreed };
  }

  /**
   * The declared type of a variable, parameter, property or function a name or member access reads, without
   * the narrowing the checker would work out from the control flow: that analysis is what makes
   * `getTypeAtLocation` costly on names, and narrowing only drops members of a union, which
   * `kindOfType` looks through anyway. `undefined` (ask the checker) when the declared type says
   * nothing: `any`, `unknown`, or a name that is not a variable or property.
   */
  private declaredType(node: ts.Expression): ts.Type | undefined {
    let symbol: ts.Symbol | undefined;
    if (ts.isIdentifier(node)) {
      symbol = this.checker.getSymbolAtLocation(node);
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name)) {
      const receiver = skipOuterExpressions(node.expression);
      const receiverType = receiver.kind === ts.SyntaxKind.ThisKeyword ? this.checker.getTypeAtLocation(receiver) : this.declaredType(receiver);
      if (!receiverType) return undefined;
      symbol = this.checker.getPropertyOfType(this.checker.getApparentType(this.checker.getNonNullableType(receiverType)), node.name.text);
    }
    if (!symbol || !(symbol.flags & (ts.SymbolFlags.Variable | ts.SymbolFlags.Property | ts.SymbolFlags.Accessor | ts.SymbolFlags.Method | ts.SymbolFlags.Function))) return undefined;
    const type = this.checker.getTypeOfSymbol(symbol);
    return type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown) ? undefined : type;
  }

  /**
   * Whether `kindOfType` could answer differently once the type's type parameters are replaced: a
   * type parameter, a conditional or indexed type, or one in a position `kindOfType` looks through
   * (union members, a wrapper's argument). `Array<U>` stays an array whatever `U` is.
   */
  private kindDependsOnInstantiation(type: ts.Type, depth: number): boolean {
    if (depth > 4) return true;
    if (type.flags & ts.TypeFlags.Instantiable) return true;
    if (type.isUnionOrIntersection()) return type.types.some((part) => this.kindDependsOnInstantiation(part, depth + 1));
    if (type.aliasSymbol && TYPE_WRAPPERS.has(type.aliasSymbol.name) && type.aliasTypeArguments?.length) {
      if (this.kindDependsOnInstantiation(type.aliasTypeArguments[0], depth + 1)) return true;
    }
    const symbol = type.getSymbol();
    if (symbol && TYPE_WRAPPERS.has(symbol.name)) {
      const args = this.checker.getTypeArguments(type as ts.TypeReference);
      if (args.length && this.kindDependsOnInstantiation(args[0], depth + 1)) return true;
    }
    return false;
  }

  private kindOfType(type: ts.Type, depth: number): { library: LibrarySpec; kind: string } | undefined {
    if (depth > 4) return undefined;
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
    if (type.flags & ts.TypeFlags.TypeParameter) {
      // `this` inside a class is the polymorphic this-type: look at the class it stands for.
      const constraint = this.checker.getBaseConstraintOfType(type);
      return constraint && constraint !== type ? this.kindOfType(constraint, depth + 1) : undefined;
    }
    if (type.isUnionOrIntersection()) {
      // node-redis: `RedisClientType = RedisClient<...> & WithCommands<...>`: the alias names it.
      if (type.aliasSymbol && !TYPE_WRAPPERS.has(type.aliasSymbol.name)) {
        const fromAlias = this.kindOfSymbol(type.aliasSymbol);
        if (fromAlias) return fromAlias;
      }
      for (const part of type.types) {
        const found = this.kindOfType(part, depth + 1);
        if (found) return found;
      }
      return undefined;
    }
    if (type.aliasSymbol) {
      if (TYPE_WRAPPERS.has(type.aliasSymbol.name) && type.aliasTypeArguments?.length) {
        const inner = this.kindOfType(type.aliasTypeArguments[0], depth + 1);
        if (inner) return inner;
      }
      const fromAlias = this.kindOfSymbol(type.aliasSymbol);
      if (fromAlias) return fromAlias;
    }
    const symbol = type.getSymbol();
    if (symbol) {
      const fromSymbol = this.kindOfSymbol(symbol);
      if (fromSymbol) return fromSymbol;
      // A user class that extends a library class (`class PrismaService extends PrismaClient`).
      if (symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface) && type.isClassOrInterface()) {
        for (const base of this.checker.getBaseTypes(type)) {
          const found = this.kindOfType(base, depth + 1);
          if (found) return found;
        }
      }
      if (TYPE_WRAPPERS.has(symbol.name)) {
        const args = this.checker.getTypeArguments(type as ts.TypeReference);
        if (args.length) return this.kindOfType(args[0], depth + 1);
      }
    }
    return undefined;
  }

  private kindOfSymbol(symbol: ts.Symbol): { library: LibrarySpec; kind: string } | undefined {
    const declaration = symbol.declarations?.[0];
    if (!declaration) return undefined;
    const library = this.registry.libraryForTypingsFile(declaration.getSourceFile().fileName);
    if (!library) return undefined;
    const kind = this.registry.kindForTypeName(library, symbol.name);
    return kind ? { library, kind } : undefined;
  }

  // ---------------------------------------------------------------- import tracking path

  private fromSyntax(node: ts.Expression): ValueRef | undefined {
    const ref = this.syntaxRef(node);
    if (ref) this.stats.byImports++;
    return ref;
  }

  private syntaxRef(node: ts.Expression): ValueRef | undefined {
    if (ts.isIdentifier(node)) return this.fromIdentifier(node);
    if (node.kind === ts.SyntaxKind.ThisKeyword) return this.fromThis(node);
    if (ts.isPropertyAccessExpression(node)) return this.fromPropertyAccess(node, node.expression, node.name.text);
    if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
      return this.fromPropertyAccess(node, node.expression, node.argumentExpression.text);
    }
    if (ts.isCallExpression(node)) return this.fromCall(node);
    if (ts.isTaggedTemplateExpression(node)) {
      // `sql\`select ...\`` from Kysely or Drizzle: calling the tag.
      const tag = this.valueOf(node.tag);
      const call = this.callOf(tag);
      return call?.spec.returns && tag ? { library: call.library, kind: call.spec.returns, resolvedBy: tag.resolvedBy } : undefined;
    }
    if (ts.isNewExpression(node)) return this.fromNew(node);
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node) || ts.isSatisfiesExpression(node)) {
      return this.fromTypeNode(node.type) ?? this.valueOf(node.expression);
    }
    if (ts.isAwaitExpression(node)) return this.awaited(this.valueOf(node.expression));
    if (ts.isConditionalExpression(node)) return this.valueOf(node.whenTrue) ?? this.valueOf(node.whenFalse);
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
        return this.valueOf(node.left) ?? this.valueOf(node.right);
      }
      if (op === ts.SyntaxKind.EqualsToken || op === ts.SyntaxKind.QuestionQuestionEqualsToken) {
        return this.valueOf(node.right);
      }
    }
    return undefined;
  }

  private fromIdentifier(node: ts.Identifier): ValueRef | undefined {
    const symbol = this.checker.getSymbolAtLocation(node);
    if (!symbol) return this.fromGlobal(node.text);
    return this.fromSymbol(symbol, node.text);
  }

  /** `this` in a class that extends a library class: `class UserRepository extends Repository<User>`. */
  private fromThis(node: ts.Node): ValueRef | undefined {
    let current: ts.Node | undefined = node.parent;
    while (current && !ts.isSourceFile(current)) {
      // Arrow functions keep the class's `this`; other functions have their own.
      if (ts.isFunctionDeclaration(current) || ts.isFunctionExpression(current)) return undefined;
      if (ts.isClassLike(current)) return this.fromClassHeritage(current, 'instance');
      current = current.parent;
    }
    return undefined;
  }

  private fromGlobal(name: string): ValueRef | undefined {
    const global = this.registry.globals.get(name);
    return global?.spec.value ? { library: global.library, kind: global.spec.value, resolvedBy: 'imports' } : undefined;
  }

  private fromSymbol(symbol: ts.Symbol, name: string): ValueRef | undefined {
    if (symbol.flags & ts.SymbolFlags.Alias) {
      const fromImport = this.fromImportDeclaration(symbol);
      if (fromImport !== 'not-a-library') return fromImport;
      const target = this.safeAliased(symbol);
      if (!target || target === symbol) return undefined;
      return this.fromDeclarations(target);
    }
    const declarations = symbol.declarations ?? [];
    if (declarations.length === 0 || declarations.every((d) => isAmbientLibDeclaration(d))) {
      return this.fromGlobal(name);
    }
    return this.fromDeclarations(symbol);
  }

  private safeAliased(symbol: ts.Symbol): ts.Symbol | undefined {
    try {
      const target = this.checker.getAliasedSymbol(symbol);
      return target.flags & ts.SymbolFlags.ValueModule && !target.declarations?.length ? undefined : target;
    } catch {
      return undefined;
    }
  }

  /** An import of a library module: the export binding it names. */
  private fromImportDeclaration(symbol: ts.Symbol): ValueRef | undefined | 'not-a-library' {
    const imported = this.importOf(symbol);
    return imported === 'not-a-library' ? imported : this.exportRef(imported.library, imported.exportName);
  }

  /** The library and export name an import names: `{ Pool }` from 'pg' is pg's `Pool`. */
  private importOf(symbol: ts.Symbol): { library: LibrarySpec; exportName: string } | 'not-a-library' {
    const declaration = symbol.declarations?.[0];
    if (!declaration) return 'not-a-library';
    let specifier: ts.Expression | undefined;
    let exportName: string;
    if (ts.isImportSpecifier(declaration)) {
      specifier = declaration.parent.parent.parent.moduleSpecifier;
      exportName = (declaration.propertyName ?? declaration.name).text;
    } else if (ts.isImportClause(declaration)) {
      specifier = declaration.parent.moduleSpecifier;
      exportName = 'default';
    } else if (ts.isNamespaceImport(declaration)) {
      specifier = declaration.parent.parent.moduleSpecifier;
      exportName = '*';
    } else if (ts.isImportEqualsDeclaration(declaration)) {
      const reference = declaration.moduleReference;
      if (!ts.isExternalModuleReference(reference)) return 'not-a-library';
      specifier = reference.expression;
      exportName = '*';
    } else if (ts.isExportSpecifier(declaration)) {
      const moduleSpecifier = declaration.parent.parent.moduleSpecifier;
      if (!moduleSpecifier) return 'not-a-library';
      specifier = moduleSpecifier;
      exportName = (declaration.propertyName ?? declaration.name).text;
    } else {
      return 'not-a-library';
    }
    if (!specifier || !ts.isStringLiteralLike(specifier)) return 'not-a-library';
    const library = this.registry.libraryForModule(specifier.text, declaration.getSourceFile().fileName);
    if (!library) return 'not-a-library';
    return { library, exportName };
  }

  private exportRef(library: LibrarySpec, exportName: string): ValueRef | undefined {
    const exported = library.exports[exportName];
    if (!exported) {
      // `import pg from 'pg'` in a library whose default export is its namespace.
      if (exportName === 'default' && library.exports['*']) return { library, exportName: '*', resolvedBy: 'imports' };
      return undefined;
    }
    return { library, exportName, resolvedBy: 'imports' };
  }

  private fromDeclarations(symbol: ts.Symbol): ValueRef | undefined {
    for (const declaration of symbol.declarations ?? []) {
      const found = this.fromDeclaration(declaration);
      if (found) return found;
    }
    return undefined;
  }

  private fromDeclaration(declaration: ts.Declaration): ValueRef | undefined {
    if (ts.isVariableDeclaration(declaration)) {
      if (declaration.type) {
        const typed = this.fromTypeNode(declaration.type);
        if (typed) return typed;
      }
      if (declaration.initializer) return this.valueOf(declaration.initializer);
      return this.fromLoopVariable(declaration);
    }
    if (ts.isBindingElement(declaration)) return this.fromBindingElement(declaration);
    if (ts.isParameter(declaration)) return this.fromParameter(declaration);
    if (ts.isPropertyDeclaration(declaration)) {
      return (
        (declaration.type && this.fromTypeNode(declaration.type)) ||
        (declaration.initializer && this.valueOf(declaration.initializer)) ||
        this.fromConstructorAssignment(declaration)
      );
    }
    if (ts.isPropertySignature(declaration)) return declaration.type && this.fromTypeNode(declaration.type);
    if (ts.isPropertyAssignment(declaration)) return this.valueOf(declaration.initializer);
    if (ts.isShorthandPropertyAssignment(declaration)) {
      const value = this.checker.getShorthandAssignmentValueSymbol(declaration);
      return value ? this.fromSymbol(value, declaration.name.text) : undefined;
    }
    if (ts.isClassDeclaration(declaration) || ts.isClassExpression(declaration)) {
      return this.fromClassHeritage(declaration, 'statics');
    }
    if (ts.isGetAccessorDeclaration(declaration)) {
      if (declaration.type) return this.fromTypeNode(declaration.type);
      return declaration.body ? this.fromReturnedValues(declaration) : undefined;
    }
    if (ts.isBinaryExpression(declaration) && ts.isPropertyAccessExpression(declaration.left)) {
      // `this.db = new Pool()` in JavaScript classes, `module.exports.db = ...`.
      return this.valueOf(declaration.right);
    }
    if (ts.isExportAssignment(declaration)) return this.valueOf(declaration.expression);
    return undefined;
  }

  /** `for (const row of rows)`: the element kind of what is iterated. */
  private fromLoopVariable(declaration: ts.VariableDeclaration): ValueRef | undefined {
    const list = declaration.parent;
    const statement = list?.parent;
    if (!ts.isVariableDeclarationList(list) || !statement || !ts.isForOfStatement(statement)) return undefined;
    return this.elementOf(this.valueOf(statement.expression));
  }

  /** An array of library values (`Post[]`): iterating it gives the values. */
  private arrayOf(element: ValueRef | undefined): ValueRef | undefined {
    const kind = this.asKind(element);
    return kind ? { library: kind.library, kind: `${kind.kind}[]`, resolvedBy: element!.resolvedBy } : undefined;
  }

  elementOf(collection: ValueRef | undefined): ValueRef | undefined {
    const kind = this.asKind(collection);
    const elements = kind && this.registry.kind(kind.kind)?.spec.elements;
    return kind && elements ? { library: kind.library, kind: elements, resolvedBy: collection!.resolvedBy } : undefined;
  }

  private fromBindingElement(element: ts.BindingElement): ValueRef | undefined {
    const pattern = element.parent;
    if (!ts.isObjectBindingPattern(pattern)) return undefined;
    const owner = pattern.parent;
    const key = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : ts.isIdentifier(element.name) ? element.name.text : undefined;
    if (!key) return undefined;
    let source: ts.Expression | undefined;
    if (ts.isVariableDeclaration(owner)) source = owner.initializer;
    if (!source) return undefined;
    const from = this.valueOf(source);
    if (!from) return this.fromObjectProperty(source, key);
    if ('exportName' in from && from.library.exports[from.exportName]?.namespace) {
      return this.exportRef(from.library, key);
    }
    if ('exportName' in from && from.exportName === '*') return this.exportRef(from.library, key);
    const member = this.memberOf(from, key);
    return member?.spec.returns ? { library: member.library, kind: member.spec.returns, resolvedBy: from.resolvedBy } : undefined;
  }

  /** `const { client } = db` where `db` is a plain object of the workspace (`export default { client }`). */
  private fromObjectProperty(object: ts.Expression, key: string): ValueRef | undefined {
    try {
      const property = this.checker.getTypeAtLocation(object).getProperty(key);
      return property?.declarations?.length ? this.fromSymbol(property, key) : undefined;
    } catch {
      return undefined;
    }
  }

  private fromParameter(parameter: ts.ParameterDeclaration): ValueRef | undefined {
    if (parameter.type) {
      const typed = this.fromTypeNode(parameter.type);
      if (typed) return typed;
    }
    // A callback parameter: `prisma.$transaction(async (tx) => ...)`, `rows.map((row) => ...)`.
    const fn = parameter.parent;
    if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return undefined;
    const call = fn.parent;
    if (!ts.isCallExpression(call) || !call.arguments.includes(fn as ts.Expression)) return undefined;
    if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
    const index = fn.parameters.indexOf(parameter);
    const receiver = this.valueOf(call.expression.expression);
    if (!receiver) return undefined;
    const member = this.memberOf(receiver, call.expression.name.text);
    if (index === 0 && member?.spec.callbackReceives) {
      return { library: member.library, kind: member.spec.callbackReceives, resolvedBy: receiver.resolvedBy };
    }
    if (index === 0 && ARRAY_METHODS.has(call.expression.name.text)) return this.elementOf(receiver);
    return undefined;
  }

  /** A class property assigned in the constructor: `this.pool = new Pool()`. */
  private fromConstructorAssignment(property: ts.PropertyDeclaration): ValueRef | undefined {
    const cls = property.parent;
    if (!ts.isClassLike(cls) || !ts.isIdentifier(property.name)) return undefined;
    const name = property.name.text;
    for (const member of cls.members) {
      if (!ts.isConstructorDeclaration(member) || !member.body) continue;
      for (const statement of member.body.statements) {
        if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression)) continue;
        const { left, right, operatorToken } = statement.expression;
        if (
          operatorToken.kind === ts.SyntaxKind.EqualsToken &&
          ts.isPropertyAccessExpression(left) &&
          left.expression.kind === ts.SyntaxKind.ThisKeyword &&
          left.name.text === name
        ) {
          return this.valueOf(right);
        }
      }
    }
    return undefined;
  }

  private fromPropertyAccess(node: ts.Expression, receiverNode: ts.Expression, name: string): ValueRef | undefined {
    const receiver = this.valueOf(receiverNode);
    if (receiver) {
      if ('exportName' in receiver) {
        const exported = receiver.library.exports[receiver.exportName];
        if (exported?.namespace || receiver.exportName === '*') {
          const inner = this.exportRef(receiver.library, name);
          if (inner) return inner;
        }
      }
      const member = this.memberOf(receiver, name);
      if (member?.spec.returns && member.spec.op === undefined) {
        return { library: member.library, kind: member.spec.returns, resolvedBy: receiver.resolvedBy };
      }
      return undefined;
    }
    // `this.prisma`, `ctx.db`, `services.users`: follow the property's own declaration.
    const symbol = this.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node) ? node.name : node);
    if (symbol && symbol.declarations?.length) return this.fromSymbol(symbol, name);
    return undefined;
  }

  private fromCall(node: ts.CallExpression): ValueRef | undefined {
    const callee = skipOuterExpressions(node.expression);
    if (ts.isIdentifier(callee) && callee.text === 'require' && node.arguments.length === 1) {
      const arg = node.arguments[0];
      if (!ts.isStringLiteralLike(arg)) return undefined;
      const library = this.registry.libraryForModule(arg.text, node.getSourceFile().fileName);
      if (!library) return undefined;
      if (library.exports['*'] || library.exports.default?.namespace) return this.exportRef(library, library.exports['*'] ? '*' : 'default');
      return this.exportRef(library, 'default');
    }
    if (ts.isPropertyAccessExpression(callee)) {
      const receiver = this.valueOf(callee.expression);
      if (receiver) {
        if ('exportName' in receiver && (receiver.exportName === '*' || receiver.library.exports[receiver.exportName]?.namespace)) {
          const fn = this.exportRef(receiver.library, callee.name.text);
          const call = this.callOf(fn);
          return call?.spec.returns ? { library: call.library, kind: call.spec.returns, resolvedBy: receiver.resolvedBy } : undefined;
        }
        const member = this.memberOf(receiver, callee.name.text);
        return member?.spec.returns ? { library: member.library, kind: member.spec.returns, resolvedBy: receiver.resolvedBy } : undefined;
      }
      // `this.db('users')`: the property holds a callable library value.
      const calleeRef = this.valueOf(callee);
      const call = this.callOf(calleeRef);
      if (call?.spec.returns && calleeRef) return { library: call.library, kind: call.spec.returns, resolvedBy: calleeRef.resolvedBy };
    } else {
      const calleeRef = this.valueOf(callee);
      if (calleeRef) {
        const call = this.callOf(calleeRef);
        return call?.spec.returns ? { library: call.library, kind: call.spec.returns, resolvedBy: calleeRef.resolvedBy } : undefined;
      }
    }
    // A user function that returns a library value: `getDb()`, `this.repo()`.
    return this.fromUserFunctionCall(node);
  }

  private fromUserFunctionCall(node: ts.CallExpression): ValueRef | undefined {
    const callee = skipOuterExpressions(node.expression);
    return this.returnOf(ts.isPropertyAccessExpression(callee) ? callee.name : callee);
  }

  /** What a workspace function returns, from its return type annotation or its return statements. */
  private returnOf(nameNode: ts.Node): ValueRef | undefined {
    for (const fn of workspaceFunctionsOf(nameNode, this.checker)) {
      if (fn.type) {
        const typed = this.fromTypeNode(fn.type);
        if (typed) return typed;
      }
      const returned = this.fromReturnedValues(fn);
      if (returned) return returned;
    }
    return undefined;
  }

  private fromReturnedValues(fn: ts.FunctionLikeDeclaration): ValueRef | undefined {
    for (const expression of returnedExpressions(fn)) {
      const found = this.valueOf(expression);
      if (found) return found;
    }
    return undefined;
  }

  private fromNew(node: ts.NewExpression): ValueRef | undefined {
    const callee = this.valueOf(node.expression);
    if (!callee) return this.fromUserClassInstance(node.expression);
    if ('exportName' in callee) {
      const instance = callee.library.exports[callee.exportName]?.instance;
      if (instance) return { library: callee.library, kind: instance, resolvedBy: callee.resolvedBy };
    }
    const kind = this.asKind(callee);
    const construct = kind && this.registry.kind(kind.kind)?.spec.construct;
    return kind && construct?.returns ? { library: kind.library, kind: construct.returns, resolvedBy: callee.resolvedBy } : undefined;
  }

  /** `new PrismaService()` where `class PrismaService extends PrismaClient`. */
  private fromUserClassInstance(expression: ts.Expression): ValueRef | undefined {
    if (!ts.isIdentifier(expression)) return undefined;
    let symbol = this.checker.getSymbolAtLocation(expression);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.safeAliased(symbol);
    const cls = symbol?.declarations?.find(ts.isClassLike);
    return cls ? this.fromClassHeritage(cls, 'instance') : undefined;
  }

  private fromClassHeritage(cls: ts.ClassLikeDeclaration, usage: 'instance' | 'statics'): ValueRef | undefined {
    const extendsClause = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
    const base = extendsClause?.types[0]?.expression;
    if (!base) return undefined;
    // The import names the base class; its type (the constructor) would not say instance or statics.
    const ref = this.syntaxRef(skipOuterExpressions(base));
    if (ref && 'exportName' in ref) {
      const exported = ref.library.exports[ref.exportName];
      const kind = usage === 'instance' ? exported?.instance : exported?.subclassStatics;
      return kind ? { library: ref.library, kind, resolvedBy: ref.resolvedBy } : undefined;
    }
    if (ref) return undefined;
    if (!ref) {
      // The base is a user class: follow its own heritage.
      let symbol = this.checker.getSymbolAtLocation(base);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.safeAliased(symbol);
      const baseClass = symbol?.declarations?.find(ts.isClassLike);
      if (baseClass && baseClass !== cls) return this.fromClassHeritage(baseClass, usage);
    }
    return undefined;
  }

  /** A type annotation: `Repository<User>`, `PrismaService`, `Knex.Transaction`, `typeof db`. */
  fromTypeNode(typeNode: ts.TypeNode, depth = 0): ValueRef | undefined {
    if (depth > 6) return undefined;
    if (ts.isUnionTypeNode(typeNode) || ts.isIntersectionTypeNode(typeNode)) {
      for (const part of typeNode.types) {
        const found = this.fromTypeNode(part, depth + 1);
        if (found) return found;
      }
      return undefined;
    }
    if (ts.isParenthesizedTypeNode(typeNode)) return this.fromTypeNode(typeNode.type, depth + 1);
    if (ts.isArrayTypeNode(typeNode)) return this.arrayOf(this.fromTypeNode(typeNode.elementType, depth + 1));
    if (
      ts.isTypeReferenceNode(typeNode) &&
      ts.isIdentifier(typeNode.typeName) &&
      ['Array', 'ReadonlyArray'].includes(typeNode.typeName.text) &&
      typeNode.typeArguments?.length === 1
    ) {
      return this.arrayOf(this.fromTypeNode(typeNode.typeArguments[0], depth + 1));
    }
    if (ts.isTypeQueryNode(typeNode)) {
      return ts.isIdentifier(typeNode.exprName) ? this.valueOf(typeNode.exprName) : undefined;
    }
    if (!ts.isTypeReferenceNode(typeNode)) return undefined;
    const typeName = typeNode.typeName;
    if (ts.isIdentifier(typeName) && TYPE_WRAPPERS.has(typeName.text) && typeNode.typeArguments?.length) {
      return this.fromTypeNode(typeNode.typeArguments[0], depth + 1);
    }
    // `ReturnType<typeof getClient>`: what the function returns.
    if (ts.isIdentifier(typeName) && typeName.text === 'ReturnType' && typeNode.typeArguments?.length === 1) {
      const argument = typeNode.typeArguments[0];
      if (ts.isTypeQueryNode(argument) && ts.isIdentifier(argument.exprName)) return this.returnOf(argument.exprName);
      return undefined;
    }
    const leftmost = ts.isIdentifier(typeName) ? typeName : leftmostIdentifier(typeName);
    let symbol = this.checker.getSymbolAtLocation(leftmost);
    if (!symbol) return undefined;
    if (symbol.flags & ts.SymbolFlags.Alias) {
      const imported = this.fromImportDeclaration(symbol);
      if (imported !== 'not-a-library') {
        if (imported) {
          const exportName = ts.isIdentifier(typeName)
            ? (imported as { exportName: string }).exportName
            : qualifiedExportName(imported, typeName);
          const exported = imported.library.exports[exportName];
          if (exported?.instance) return { library: imported.library, kind: exported.instance, resolvedBy: 'imports' };
        }
        // A type the library exports only as a type (`ModelStatic<Order>`, `NodePgDatabase`): named in its `types` map.
        const named = this.importOf(symbol);
        const typeText = ts.isIdentifier(typeName) ? typeName.text : typeName.right.text;
        const kind = named !== 'not-a-library' ? this.registry.kindForTypeName(named.library, ts.isIdentifier(typeName) && named.exportName !== 'default' && named.exportName !== '*' ? named.exportName : typeText) : undefined;
        return kind && named !== 'not-a-library' ? { library: named.library, kind, resolvedBy: 'imports' } : undefined;
      }
      symbol = this.safeAliased(symbol);
      if (!symbol) return undefined;
    }
    if (!ts.isIdentifier(typeName)) return undefined;
    for (const declaration of symbol.declarations ?? []) {
      if (ts.isClassLike(declaration)) return this.fromClassHeritage(declaration, 'instance');
      if (ts.isTypeAliasDeclaration(declaration)) return this.fromTypeNode(declaration.type, depth + 1);
      if (ts.isInterfaceDeclaration(declaration)) {
        const base = declaration.heritageClauses?.[0]?.types[0];
        if (base && ts.isIdentifier(base.expression)) {
          const baseSymbol = this.checker.getSymbolAtLocation(base.expression);
          const imported = baseSymbol && baseSymbol.flags & ts.SymbolFlags.Alias ? this.fromImportDeclaration(baseSymbol) : undefined;
          if (imported && imported !== 'not-a-library' && 'exportName' in imported) {
            const instance = imported.library.exports[imported.exportName]?.instance;
            if (instance) return { library: imported.library, kind: instance, resolvedBy: 'imports' };
          }
        }
      }
    }
    return undefined;
  }
}

export const ARRAY_METHODS = new Set([
  'forEach',
  'map',
  'flatMap',
  'reduce',
  'reduceRight',
  'filter',
  'some',
  'every',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
]);

function leftmostIdentifier(name: ts.EntityName): ts.Identifier {
  let current: ts.EntityName = name;
  while (ts.isQualifiedName(current)) current = current.left;
  return current;
}

/** `Knex.Transaction` imported as `import { Knex } from 'knex'` is the export `Knex.Transaction`. */
function qualifiedExportName(imported: ValueRef, typeName: ts.QualifiedName): string {
  const parts: string[] = [];
  let current: ts.EntityName = typeName;
  while (ts.isQualifiedName(current)) {
    parts.unshift(current.right.text);
    current = current.left;
  }
  const base = 'exportName' in imported ? imported.exportName : current.text;
  return base === '*' ? parts.join('.') : [base, ...parts].join('.');
}

/** Declarations that come from TypeScript's own lib files or @types/node (the global `fetch`). */
function isAmbientLibDeclaration(declaration: ts.Declaration): boolean {
  const file = declaration.getSourceFile();
  return file.isDeclarationFile && (/[\\/]lib\.[^\\/]*\.d\.ts$/.test(file.fileName) || /[\\/]node_modules[\\/](@types[\\/]node|undici-types)[\\/]/.test(file.fileName));
}

/** Expressions whose type can never be a library value; skipping them saves checker calls. */
function isTrivialForTypes(node: ts.Expression): boolean {
  return (
    ts.isLiteralExpression(node) ||
    ts.isObjectLiteralExpression(node) ||
    ts.isArrayLiteralExpression(node) ||
    ts.isFunctionLike(node) ||
    node.kind === ts.SyntaxKind.SuperKeyword
  );
}

