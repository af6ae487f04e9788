import { ts } from './ts';
import { PURE_GLOBALS, PURE_HELPERS } from './libraries/pure-helpers';
import type { CallSites } from './call-sites';
import { importedBinding, isConstDeclaration, isFunctionLikeWithBody, skipOuterExpressions } from './syntax';

const MAX_DEPTH = 6;
/** How many calls up a parameter is followed to its arguments. */
const MAX_HOPS = 4;

/**
 * What has the same value on every request: literals, module-level constants (imported ones too),
 * `process.env`, and pure helpers (`path.join`, `eq`, `new ObjectId`) of those. Parameters, `this`
 * state and anything a call returns do not: they may come from the request.
 */
export class ConstantValues {
  private readonly memo = new Map<ts.Node, boolean>();
  private readonly parameters = new Map<ts.ParameterDeclaration, boolean>();
  /** Calls followed up from parameters to arguments on the way to the current answer. */
  private hops = 0;

  /**
   * @param callSites When given, a parameter is constant when every workspace call passes a constant
   * for it (`settingValue(MAINTENANCE_KEY)`, `compileTemplate('reset-password', Format.HTML)`).
   */
  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly callSites?: CallSites,
    private readonly path?: ReadonlyMap<ts.Node, ts.CallExpression>,
  ) {}

  /**
   * The same question along one chain of calls (handler → service → helper): a parameter takes the
   * argument of the call on that chain, so `resolveTemplate(name, format)` is constant on the path of
   * `compileTemplate('reset-password', Format.HTML)` even when other callers pass other names.
   * `path` maps each function on the chain to the call that runs it.
   */
  alongPath(path: ReadonlyMap<ts.Node, ts.CallExpression>): ConstantValues {
    return new ConstantValues(this.checker, this.callSites, path);
  }

  isConstant(expression: ts.Expression, depth = 0): boolean {
    const node = skipOuterExpressions(expression);
    const known = this.memo.get(node);
    if (known !== undefined) return known;
    if (depth > MAX_DEPTH) return false;
    // Assume not while deciding, so a cycle (`const a = b; const b = a`) ends.
    this.memo.set(node, false);
    const result = this.decide(node, depth);
    this.memo.set(node, result);
    return result;
  }

  /**
   * Whether every call of a chain takes constant arguments and its root is shared by all requests
   * (`db('countries').where({ code: DEFAULT }).first()`, `this.plans.find({ ... })`).
   */
  isConstantChain(node: ts.Expression, argumentFilter: (call: ts.CallExpression, argument: ts.Expression) => boolean = () => true): boolean {
    let current = skipOuterExpressions(node);
    for (let guard = 0; guard < 64; guard++) {
      if (ts.isCallExpression(current)) {
        if (!current.arguments.every((argument) => !argumentFilter(current as ts.CallExpression, argument) || this.isConstant(argument))) return false;
        current = skipOuterExpressions(current.expression);
      } else if (ts.isTaggedTemplateExpression(current)) {
        if (!this.isConstant(current.template)) return false;
        current = skipOuterExpressions(current.tag);
      } else if (ts.isPropertyAccessExpression(current)) {
        current = skipOuterExpressions(current.expression);
      } else if (ts.isElementAccessExpression(current)) {
        if (!this.isConstant(current.argumentExpression)) return false;
        current = skipOuterExpressions(current.expression);
      } else {
        return this.isSharedRoot(current);
      }
    }
    return false;
  }

  /** `this`, a module-level or imported binding, or a local const built from those by constant calls. */
  private isSharedRoot(node: ts.Expression, depth = 0): boolean {
    if (node.kind === ts.SyntaxKind.ThisKeyword) return true;
    if (ts.isAwaitExpression(node)) return this.isConstantChain(node.expression);
    if (!ts.isIdentifier(node)) return false;
    if (this.isConstant(node)) return true;
    const declaration = this.declarationOf(node);
    if (depth < 2 && declaration && ts.isVariableDeclaration(declaration) && isConstDeclaration(declaration) && declaration.initializer) {
      // `const repository = dataSource.getRepository(Plan)`, `const db = client.db('app')`; not a
      // builder the function goes on to change (`qb.andWhere(...)` under an if).
      return this.isConstantChain(declaration.initializer) && !isChangedLater(declaration, this.checker);
    }
    return false;
  }

  private decide(node: ts.Expression, depth: number): boolean {
    if (
      ts.isStringLiteralLike(node) ||
      ts.isNumericLiteral(node) ||
      ts.isBigIntLiteral(node) ||
      ts.isRegularExpressionLiteral(node) ||
      node.kind === ts.SyntaxKind.TrueKeyword ||
      node.kind === ts.SyntaxKind.FalseKeyword ||
      node.kind === ts.SyntaxKind.NullKeyword
    ) {
      return true;
    }
    if (ts.isTemplateExpression(node)) return node.templateSpans.every((span) => this.isConstant(span.expression, depth + 1));
    if (ts.isPrefixUnaryExpression(node)) return this.isConstant(node.operand, depth + 1);
    if (ts.isBinaryExpression(node)) {
      return !isAssignment(node.operatorToken.kind) && this.isConstant(node.left, depth + 1) && this.isConstant(node.right, depth + 1);
    }
    if (ts.isConditionalExpression(node)) {
      return this.isConstant(node.condition, depth + 1) && this.isConstant(node.whenTrue, depth + 1) && this.isConstant(node.whenFalse, depth + 1);
    }
    if (ts.isArrayLiteralExpression(node)) {
      return node.elements.every((element) => this.isConstant(ts.isSpreadElement(element) ? element.expression : element, depth + 1));
    }
    if (ts.isObjectLiteralExpression(node)) return node.properties.every((property) => this.isConstantProperty(property, depth));
    if (ts.isIdentifier(node)) return this.isConstantIdentifier(node, depth);
    if (ts.isPropertyAccessExpression(node)) {
      if (isProcessEnv(node.expression)) return true;
      return this.isConstant(node.expression, depth + 1);
    }
    if (ts.isElementAccessExpression(node)) {
      return (isProcessEnv(node.expression) || this.isConstant(node.expression, depth + 1)) && this.isConstant(node.argumentExpression, depth + 1);
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const args = node.arguments ?? [];
      return args.length > 0 && this.isPureCallee(node.expression) && args.every((argument) => this.isConstant(argument, depth + 1));
    }
    if (ts.isTaggedTemplateExpression(node)) return this.isPureCallee(node.tag) && this.isConstant(node.template, depth + 1);
    if (ts.isMetaProperty(node)) return true; // import.meta
    return false;
  }

  private isConstantProperty(property: ts.ObjectLiteralElementLike, depth: number): boolean {
    if (ts.isPropertyAssignment(property)) {
      if (ts.isComputedPropertyName(property.name) && !this.isConstant(property.name.expression, depth + 1)) return false;
      return this.isConstant(property.initializer, depth + 1);
    }
    if (ts.isShorthandPropertyAssignment(property)) return this.isConstantIdentifier(property.name, depth, true);
    if (ts.isSpreadAssignment(property)) return this.isConstant(property.expression, depth + 1);
    return false;
  }

  private isConstantIdentifier(node: ts.Identifier, depth: number, shorthand = false): boolean {
    if (node.text === 'undefined' || node.text === '__dirname' || node.text === '__filename') return true;
    let symbol: ts.Symbol | undefined;
    try {
      symbol = shorthand && ts.isShorthandPropertyAssignment(node.parent)
        ? this.checker.getShorthandAssignmentValueSymbol(node.parent)
        : this.checker.getSymbolAtLocation(node);
    } catch {
      return false;
    }
    if (!symbol) return false;
    if (symbol.flags & ts.SymbolFlags.Alias) {
      // An import: fixed for the life of the process, whatever it names.
      return true;
    }
    const declaration = symbol.declarations?.[0];
    if (!declaration) return false;
    if (declaration.getSourceFile().isDeclarationFile) return true;
    if (ts.isEnumDeclaration(declaration) || ts.isEnumMember(declaration) || ts.isClassDeclaration(declaration) || ts.isFunctionDeclaration(declaration)) return true;
    if (ts.isImportSpecifier(declaration) || ts.isImportClause(declaration) || ts.isNamespaceImport(declaration) || ts.isImportEqualsDeclaration(declaration)) return true;
    if (ts.isParameter(declaration)) return this.isConstantParameter(declaration, depth);
    const variable = ts.isVariableDeclaration(declaration) ? declaration : ts.isBindingElement(declaration) ? rootDeclaration(declaration) : undefined;
    if (!variable || !isConstDeclaration(variable)) return false;
    if (isModuleLevel(variable)) return true;
    // A local const is as constant as its initializer (`const key = 'banner'`), unless the function
    // changes it afterwards (`where.userId = req.user.id`); a destructured one is not known.
    return ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && this.isConstant(declaration.initializer, depth + 1) && !isChangedLater(declaration, this.checker);
  }

  /**
   * Every call of the function passes a constant for the parameter (or leaves it to a constant
   * default), and nothing hands the function on to be called elsewhere. A function with no call in
   * the workspace (a handler the framework calls) has request values for parameters: not constant.
   */
  private isConstantParameter(parameter: ts.ParameterDeclaration, depth: number): boolean {
    const known = this.parameters.get(parameter);
    if (known !== undefined) return known;
    const fn = parameter.parent;
    if (!this.callSites || this.hops >= MAX_HOPS || parameter.dotDotDotToken || !ts.isIdentifier(parameter.name) || !isFunctionLikeWithBody(fn)) return false;
    this.parameters.set(parameter, false);
    const index = fn.parameters.indexOf(parameter);
    const onPath = this.path?.get(fn);
    const sites = onPath ? [{ call: onPath }] : this.callSites.of(fn);
    this.hops++;
    try {
      const constant =
        sites.length > 0 &&
        sites.every(({ call }) => {
          if (!call) return false;
          const argument = call.arguments[index];
          if (argument === undefined) return parameter.initializer !== undefined && this.isConstant(parameter.initializer);
          return !ts.isSpreadElement(argument) && call.arguments.slice(0, index).every((earlier) => !ts.isSpreadElement(earlier)) && this.isConstant(argument);
        });
      this.parameters.set(parameter, constant);
      return constant;
    } finally {
      this.hops--;
    }
  }

  private declarationOf(node: ts.Identifier): ts.Declaration | undefined {
    try {
      return this.checker.getSymbolAtLocation(node)?.declarations?.[0];
    } catch {
      return undefined;
    }
  }

  /** `path.join`, `eq`, `new ObjectId`, `String`: a library helper or global that does no I/O. */
  private isPureCallee(callee: ts.Expression): boolean {
    const node = skipOuterExpressions(callee);
    if (ts.isIdentifier(node)) {
      const imported = importedBinding(node, this.checker);
      if (imported) return isPureExport(imported.module, imported.name);
      // `String(x)`, unless the workspace declares its own `String`.
      const declaration = this.declarationOf(node);
      return PURE_GLOBALS.has(node.text) && (!declaration || declaration.getSourceFile().isDeclarationFile);
    }
    if (ts.isPropertyAccessExpression(node)) {
      const base = skipOuterExpressions(node.expression);
      if (ts.isIdentifier(base)) {
        if (PURE_GLOBALS.has(`${base.text}.${node.name.text}`)) return true;
        const imported = importedBinding(base, this.checker);
        if (imported) return isPureExport(imported.module, imported.name === '*' || imported.name === 'default' ? node.name.text : imported.name) || isPureExport(imported.module, node.name.text);
      }
    }
    return false;
  }
}

/**
 * A local object or builder that its function changes after creating it: a property assigned, a
 * method called on it as a statement (`qb.andWhere(...)`), or the value handed to another function
 * (`applyFilters(where, query)`, `Object.assign(where, ...)`).
 */
function isChangedLater(declaration: ts.VariableDeclaration, checker: ts.TypeChecker): boolean {
  if (!ts.isIdentifier(declaration.name)) return true;
  // A string or a number cannot be changed through a call it is handed to.
  if (holdsPrimitive(declaration, checker)) return false;
  const scope = declaration.parent?.parent?.parent;
  if (!scope) return true;
  const symbol = checker.getSymbolAtLocation(declaration.name);
  let changed = false;
  const visit = (node: ts.Node): void => {
    if (changed) return;
    if (ts.isIdentifier(node) && node !== declaration.name && node.text === declaration.name.getText() && checker.getSymbolAtLocation(node) === symbol) {
      changed = changesValue(node);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return changed;
}

function holdsPrimitive(declaration: ts.VariableDeclaration, checker: ts.TypeChecker): boolean {
  const initializer = declaration.initializer && skipOuterExpressions(declaration.initializer);
  if (initializer && (ts.isStringLiteralLike(initializer) || ts.isTemplateExpression(initializer) || ts.isNumericLiteral(initializer))) return true;
  // `path.join(...)`, `path.resolve(...)`: strings, whether or not @types/node is installed.
  if (initializer && ts.isCallExpression(initializer) && /^path\.\w+$/.test(initializer.expression.getText())) return true;
  try {
    const type = checker.getTypeAtLocation(declaration.name);
    return (type.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.EnumLike | ts.TypeFlags.BigIntLike)) !== 0;
  } catch {
    return false;
  }
}

/** Methods that change a builder or a collection they are called on. */
const BUILDER_CHANGES = /where|join|order|limit|offset|skip|take|select|having|group|filter|sort|match|set|push|add|include|populate|project|modify|from|assign|append|merge|unshift|splice/i;

function changesValue(reference: ts.Identifier): boolean {
  let node: ts.Node = reference;
  while (ts.isParenthesizedExpression(node.parent) || ts.isNonNullExpression(node.parent) || ts.isAsExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.includes(node as ts.Expression)) return true;
  if (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) {
    const outer = parent.parent;
    if (ts.isBinaryExpression(outer) && outer.left === parent && outer.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && outer.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return true;
    // `qb.andWhere(...)` as a statement of its own: called for its effect on qb (not `client.release()`).
    if (ts.isCallExpression(outer) && outer.expression === parent && ts.isPropertyAccessExpression(parent) && BUILDER_CHANGES.test(parent.name.text)) {
      let top: ts.Node = outer;
      while (ts.isCallExpression(top.parent) || ts.isPropertyAccessExpression(top.parent)) top = top.parent;
      return ts.isExpressionStatement(top.parent) || ts.isAwaitExpression(top.parent) && ts.isExpressionStatement(top.parent.parent);
    }
  }
  return false;
}

function isPureExport(module: string, name: string): boolean {
  const helpers = PURE_HELPERS[module];
  return helpers === '*' || (helpers !== undefined && helpers.includes(name));
}

function isProcessEnv(node: ts.Expression): boolean {
  const expression = skipOuterExpressions(node);
  return ts.isPropertyAccessExpression(expression) && expression.name.text === 'env' && ts.isIdentifier(expression.expression) && expression.expression.text === 'process';
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

/** The variable declaration a (possibly nested) binding element belongs to. */
function rootDeclaration(element: ts.BindingElement): ts.VariableDeclaration | undefined {
  let node: ts.Node = element;
  while (ts.isBindingElement(node) || ts.isObjectBindingPattern(node) || ts.isArrayBindingPattern(node)) node = node.parent;
  return ts.isVariableDeclaration(node) ? node : undefined;
}

/** Declared at the top of a module (`const X = ...` outside any function). */
export function isModuleLevel(declaration: ts.VariableDeclaration): boolean {
  const statement = declaration.parent?.parent;
  return statement !== undefined && ts.isVariableStatement(statement) && (ts.isSourceFile(statement.parent) || ts.isModuleBlock(statement.parent));
}
