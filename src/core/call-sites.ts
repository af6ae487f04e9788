import { ts } from './ts';
import { functionOfDeclaration, identifiersOf, skipOuterExpressions, symbolAt } from './syntax';

/** Where a workspace function is used: called (`makeDb()`), or handed on as a value (`app.get('/', list)`). */
export interface CallSite {
  /** The name at the use: `makeDb` in `makeDb()`, `list` in `this.list()`. */
  name: ts.Identifier;
  /** The call, when the use calls the function. */
  call?: ts.CallExpression;
  /** `new Service()`, when the use constructs the class whose constructor is asked about. */
  construction?: ts.NewExpression;
}

/**
 * Who uses a workspace function, across the files of the program. The workspace's identifiers are
 * indexed by name (see `IdentifierIndex`); a name's uses are then confirmed with the checker (through
 * imports and aliases), once per name, so two functions of the same name in different files are never
 * confused.
 * Uses the checker cannot confirm (an untyped `this.repo.list()`) are not counted.
 */
export class CallSites {
  private readonly memo = new Map<ts.Node, CallSite[]>();
  /** Each name's value uses, resolved once (see `usesNamed`). */
  private readonly uses = new Map<string, NameUses>();

  /**
   * @param identifiers The workspace's identifiers by name, brought up to this program here. The
   * language server keeps one across edits, so that an edit indexes one file again, not all of them.
   */
  constructor(
    program: ts.Program,
    private readonly checker: ts.TypeChecker,
    private readonly identifiers: IdentifierIndex = new IdentifierIndex(),
  ) {
    identifiers.sync(program);
  }

  /** The uses of a function (or of a class, for its constructor), outside its own declaration. */
  of(fn: ts.FunctionLikeDeclaration): CallSite[] {
    const cached = this.memo.get(fn);
    if (cached) return cached;
    const sites: CallSite[] = [];
    const target = namedDeclaration(fn);
    const name = target && declarationName(target);
    if (target && name) {
      const uses = this.usesNamed(name);
      const contracts = this.contractsOf(target, name);
      // Only the uses that resolve to the function, or to a member it fulfils, can be its calls.
      const candidates = new Set(uses.byDeclaration.get(target));
      for (const declaration of contracts.keys()) for (const use of uses.byDeclaration.get(declaration) ?? []) candidates.add(use);
      for (const { identifier, declarations, shorthandOf } of [...candidates].sort((a, b) => a.order - b.order)) {
        if (identifier.parent === target) continue;
        if (!declarations.includes(target) && !shorthandOf.includes(target) && !this.throughContract(identifier, declarations, contracts, target.parent)) continue;
        sites.push(siteOf(identifier, ts.isConstructorDeclaration(fn)));
      }
    }
    this.memo.set(fn, sites);
    return sites;
  }

  /**
   * Whether some caller goes on with what the function returns (`activeUsers().where({ id })`,
   * `base().limit(20)`): a builder returned this way is finished, and judged, by its callers.
   */
  extendedByCallers(fn: ts.FunctionLikeDeclaration): boolean {
    return this.of(fn).some(({ call }) => {
      if (!call) return false;
      let use: ts.Node = call.parent;
      while (ts.isParenthesizedExpression(use) || ts.isNonNullExpression(use) || ts.isAsExpression(use)) use = use.parent;
      return (ts.isPropertyAccessExpression(use) && !PROMISE_CONTINUATIONS.has(use.name.text)) || ts.isElementAccessExpression(use);
    });
  }

  /**
   * The members a method fulfils: `get` of `ISettingStore` for `SettingStore.get` when the class
   * implements it (or of the class it extends). A call through the interface-typed property
   * (`this.settingStore.get(id)`) may run this method: services reach stores that way.
   */
  private contractsOf(target: ts.Declaration, name: string): Map<ts.Declaration, Set<ts.Symbol>> {
    const contracts = new Map<ts.Declaration, Set<ts.Symbol>>();
    const cls = target.parent;
    if (!(ts.isMethodDeclaration(target) || ts.isPropertyDeclaration(target)) || !ts.isClassLike(cls)) return contracts;
    for (const clause of cls.heritageClauses ?? []) {
      for (const heritage of clause.types) {
        try {
          let symbol = this.checker.getSymbolAtLocation(heritage.expression);
          if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
          if (!symbol) continue;
          const member = this.checker.getPropertyOfType(this.checker.getDeclaredTypeOfSymbol(symbol), name);
          for (const declaration of member?.declarations ?? []) {
            if (declaration === target) continue;
            const through = contracts.get(declaration) ?? new Set<ts.Symbol>();
            through.add(symbol);
            contracts.set(declaration, through);
          }
        } catch {
          // An unresolvable heritage clause (no typings): nothing to add.
        }
      }
    }
    return contracts;
  }

  /**
   * A call through an interface the class implements: the member is the contract's, and the receiver
   * is typed with that very interface (or the class). Every Unleash store implements `Store<T, K>`,
   * whose `getAll()` they share: `this.roleStore.getAll()` runs RoleStore's, not every store's.
   */
  private throughContract(identifier: ts.Identifier, declarations: readonly ts.Declaration[], contracts: Map<ts.Declaration, Set<ts.Symbol>>, cls: ts.Node): boolean {
    if (contracts.size === 0 || !declarations.some((declaration) => contracts.has(declaration))) return false;
    const access = identifier.parent;
    if (!ts.isPropertyAccessExpression(access) || access.name !== identifier) return false;
    try {
      const receiver = this.checker.getTypeAtLocation(access.expression);
      const receiverSymbol = receiver.aliasSymbol ?? receiver.getSymbol();
      if (!receiverSymbol) return false;
      if (receiverSymbol.declarations?.includes(cls as ts.Declaration)) return true;
      return declarations.some((declaration) => contracts.get(declaration)?.has(receiverSymbol) ?? false);
    } catch {
      return false;
    }
  }

  /**
   * `service.list()` where `export default { list }`: the property is the function by another path
   * (service objects of functions, common in Express codebases). The declarations the shorthand's
   * value resolves to.
   */
  private shorthandValues(symbol: ts.Symbol | undefined): readonly ts.Declaration[] {
    const values: ts.Declaration[] = [];
    for (const declaration of symbol?.declarations ?? []) {
      if (!ts.isShorthandPropertyAssignment(declaration)) continue;
      const value = this.checker.getShorthandAssignmentValueSymbol(declaration);
      const resolved = value && value.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(value) : value;
      values.push(...(resolved?.declarations ?? []));
    }
    return values;
  }

  /** What a name refers to; in `{ createContext }`, the variable (not the property being created). */
  private symbolOfUse(identifier: ts.Identifier): ts.Symbol | undefined {
    if (ts.isShorthandPropertyAssignment(identifier.parent)) {
      const value = this.checker.getShorthandAssignmentValueSymbol(identifier.parent);
      return value && value.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(value) : value;
    }
    return symbolAt(identifier, this.checker);
  }

  /**
   * The value uses of a name, each resolved once per program and filed under the declarations it
   * resolves to: CRUD code declares `findById` in every repository, and asking who calls each of them
   * must neither resolve every `findById` again nor look at the others' uses.
   */
  private usesNamed(name: string): NameUses {
    let uses = this.uses.get(name);
    if (!uses) {
      uses = { byDeclaration: new Map() };
      let order = 0;
      for (const identifier of this.identifiers.named(name)) {
        if (isImportOrExport(identifier) || isInType(identifier)) continue;
        const symbol = this.symbolOfUse(identifier);
        const use: NameUse = { identifier, declarations: symbol?.declarations ?? [], shorthandOf: this.shorthandValues(symbol), order: order++ };
        for (const declaration of new Set([...use.declarations, ...use.shorthandOf])) {
          const filed = uses.byDeclaration.get(declaration);
          if (filed) filed.push(use);
          else uses.byDeclaration.set(declaration, [use]);
        }
      }
      this.uses.set(name, uses);
    }
    return uses;
  }

}

/**
 * Every identifier of the workspace files whose calls count, by name and file: what `CallSites` looks
 * through. Kept in step with a program by `sync`, which indexes only the files whose text changed.
 */
export class IdentifierIndex {
  /** The SourceFile indexed for each file name: a new object means new text. */
  private readonly indexed = new Map<string, ts.SourceFile>();
  private readonly byName = new Map<string, Map<string, ts.Identifier[]>>();
  private readonly counted = new Map<string, boolean>();
  /** Each file's place in the program last synced: a name's identifiers come in program order. */
  private fileOrder = new Map<string, number>();

  /**
   * @param counts Whether calls in a file count: calls made only from test code do not run in
   * production, so they say nothing about how often a function runs there.
   */
  constructor(private readonly counts: (fileName: string) => boolean = () => true) {}

  /** Brings the index up to the program's files. */
  sync(program: ts.Program): void {
    const current = new Map<string, ts.SourceFile>();
    for (const sourceFile of program.getSourceFiles()) if (this.isCounted(sourceFile)) current.set(sourceFile.fileName, sourceFile);
    this.fileOrder = new Map([...current.keys()].map((fileName, index) => [fileName, index]));
    for (const [fileName, indexed] of this.indexed) {
      if (current.get(fileName) === indexed) continue;
      for (const name of identifiersOf(indexed).keys()) {
        const files = this.byName.get(name);
        files?.delete(fileName);
        if (files?.size === 0) this.byName.delete(name);
      }
      this.indexed.delete(fileName);
    }
    for (const [fileName, sourceFile] of current) {
      if (this.indexed.has(fileName)) continue;
      for (const [name, identifiers] of identifiersOf(sourceFile)) {
        const files = this.byName.get(name);
        if (files) files.set(fileName, identifiers);
        else this.byName.set(name, new Map([[fileName, identifiers]]));
      }
      this.indexed.set(fileName, sourceFile);
    }
  }

  /**
   * The identifiers named `name`, in program order: call sites come out in the same order in the
   * editor, whose index is kept across edits, as in a scan.
   */
  named(name: string): ts.Identifier[] {
    const files = this.byName.get(name);
    if (!files) return [];
    const order = (fileName: string) => this.fileOrder.get(fileName) ?? 0;
    return [...files].sort(([a], [b]) => order(a) - order(b)).flatMap(([, identifiers]) => identifiers);
  }

  private isCounted(sourceFile: ts.SourceFile): boolean {
    let counted = this.counted.get(sourceFile.fileName);
    if (counted === undefined) {
      counted = !sourceFile.isDeclarationFile && !sourceFile.fileName.includes('/node_modules/') && this.counts(sourceFile.fileName);
      this.counted.set(sourceFile.fileName, counted);
    }
    return counted;
  }
}

/** An identifier that uses a name as a value, and what it resolves to. */
interface NameUse {
  identifier: ts.Identifier;
  declarations: readonly ts.Declaration[];
  /** What the shorthand property it names holds (`list` in `export default { list }`). */
  shorthandOf: readonly ts.Declaration[];
  /** Its place among the name's uses, so that call sites keep source order. */
  order: number;
}

/** A name's uses, by the declarations they resolve to. */
interface NameUses {
  byDeclaration: Map<ts.Declaration, NameUse[]>;
}

const PROMISE_CONTINUATIONS = new Set(['then', 'catch', 'finally']);

/** The declaration uses refer to: the function, the variable holding an arrow, the class of a constructor. */
function namedDeclaration(fn: ts.FunctionLikeDeclaration): ts.Declaration | undefined {
  if (ts.isConstructorDeclaration(fn)) return fn.parent;
  if (ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) return fn;
  const holder = fn.parent;
  if ((ts.isVariableDeclaration(holder) || ts.isPropertyDeclaration(holder) || ts.isPropertyAssignment(holder)) && holder.initializer && functionOfDeclaration(holder) === fn) {
    return holder;
  }
  if (ts.isFunctionExpression(fn) && fn.name) return fn;
  return undefined;
}

function declarationName(declaration: ts.Declaration): string | undefined {
  const name = (declaration as ts.NamedDeclaration).name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteralLike(name)) ? name.text : undefined;
}

function siteOf(identifier: ts.Identifier, constructorAsked: boolean): CallSite {
  let used: ts.Node = identifier;
  if (ts.isPropertyAccessExpression(identifier.parent) && identifier.parent.name === identifier) used = identifier.parent;
  const parent = used.parent;
  if (constructorAsked && ts.isNewExpression(parent) && skipOuterExpressions(parent.expression) === used) return { name: identifier, construction: parent };
  if (ts.isCallExpression(parent) && skipOuterExpressions(parent.expression) === used) return { name: identifier, call: parent };
  return { name: identifier };
}

/** `import { makeDb }`, `export { makeDb }`: names a function without using it. */
function isImportOrExport(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  return ts.isImportSpecifier(parent) || ts.isImportClause(parent) || ts.isExportSpecifier(parent) || ts.isNamespaceImport(parent) || ts.isImportEqualsDeclaration(parent);
}

/** `ReturnType<typeof getClient>`: a type names the function; nothing runs. */
function isInType(identifier: ts.Identifier): boolean {
  for (let current: ts.Node = identifier.parent; current && !ts.isSourceFile(current); current = current.parent) {
    if (ts.isTypeNode(current)) return true;
    if (ts.isExpression(current) || ts.isStatement(current)) return false;
  }
  return false;
}
