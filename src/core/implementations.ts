import { ts } from './ts';

/**
 * Which workspace classes implement an interface or extend an (abstract) class: services call stores
 * through interfaces (`private store: IFeatureStore`), and the I/O lives in the class behind it.
 * The index is built once, on first use, from the classes' `implements` and `extends` clauses.
 */
export class ImplementationIndex {
  private index: Map<ts.Symbol, ts.ClassLikeDeclaration[]> | undefined;

  constructor(
    private readonly program: ts.Program,
    private readonly checker: ts.TypeChecker,
  ) {}

  /** Methods named `name` with a body, in the classes that implement or extend `type`'s symbol. */
  methodsOf(type: ts.Symbol, name: string): ts.FunctionLikeDeclaration[] {
    const methods: ts.FunctionLikeDeclaration[] = [];
    for (const cls of this.implementers(type)) {
      const method = findMethod(cls, name, this.checker, 0);
      if (method) methods.push(method);
    }
    return methods;
  }

  private implementers(type: ts.Symbol): ts.ClassLikeDeclaration[] {
    this.index ??= this.build();
    return this.index.get(type) ?? [];
  }

  private build(): Map<ts.Symbol, ts.ClassLikeDeclaration[]> {
    const index = new Map<ts.Symbol, ts.ClassLikeDeclaration[]>();
    const add = (cls: ts.ClassLikeDeclaration) => {
      for (const clause of cls.heritageClauses ?? []) {
        for (const heritage of clause.types) {
          const symbol = this.symbolOf(heritage.expression);
          if (!symbol) continue;
          const list = index.get(symbol) ?? [];
          list.push(cls);
          index.set(symbol, list);
        }
      }
    };
    for (const file of this.program.getSourceFiles()) {
      if (file.isDeclarationFile || /[\\/]node_modules[\\/]/.test(file.fileName)) continue;
      const visit = (node: ts.Node): void => {
        if (ts.isClassLike(node) && node.heritageClauses) add(node);
        // Classes are declared at the top level or one block down (namespaces, factory functions).
        if (ts.isSourceFile(node) || ts.isModuleBlock(node) || ts.isModuleDeclaration(node)) ts.forEachChild(node, visit);
      };
      visit(file);
    }
    return index;
  }

  private symbolOf(expression: ts.Expression): ts.Symbol | undefined {
    try {
      const symbol = this.checker.getSymbolAtLocation(expression);
      return symbol && symbol.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(symbol) : symbol;
    } catch {
      return undefined;
    }
  }
}

/** The method in the class, or inherited from its workspace base classes. */
function findMethod(cls: ts.ClassLikeDeclaration, name: string, checker: ts.TypeChecker, depth: number): ts.FunctionLikeDeclaration | undefined {
  for (const member of cls.members) {
    if ((ts.isMethodDeclaration(member) || ts.isPropertyDeclaration(member)) && member.name && ts.isIdentifier(member.name) && member.name.text === name) {
      if (ts.isMethodDeclaration(member) && member.body) return member;
      if (ts.isPropertyDeclaration(member) && member.initializer && (ts.isArrowFunction(member.initializer) || ts.isFunctionExpression(member.initializer))) {
        return member.initializer;
      }
    }
  }
  if (depth > 4) return undefined;
  const base = cls.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  if (!base) return undefined;
  let symbol = checker.getSymbolAtLocation(base);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const baseClass = symbol?.declarations?.find(ts.isClassLike);
  return baseClass && !baseClass.getSourceFile().isDeclarationFile ? findMethod(baseClass, name, checker, depth + 1) : undefined;
}
