import { ts } from './ts';
import type { Memoization } from './caches';
import type { IoOperation, OperationClassifier } from './operations';
import { sqlText } from './operations';
import { isAggregateSql } from './bounds';
import type { FunctionSummaries } from './summaries';
import { enclosingFunction, isWithin, skipOuterExpressions, symbolAt } from './syntax';

/** What a read fetches: rows from a database, a count or sum of them, a file, or a value from Redis. */
export type ReadKind = 'query' | 'aggregate' | 'file' | 'cache';

/**
 * Whether an operation only reads: list, key and aggregate queries, SQL that is a SELECT from a table,
 * Redis read commands, whole-file reads. Writes, `SELECT ... FOR UPDATE`, and SQL that reads no table
 * (`SELECT 1`, `SELECT now()`: health checks) are not reads worth caching.
 */
export function readKindOf(operation: IoOperation, checker: ts.TypeChecker): ReadKind | undefined {
  if (operation.member.readsFile) return 'file';
  switch (operation.op) {
    case 'list':
    case 'by-key':
      return 'query';
    case 'aggregate':
      return 'aggregate';
    case 'cache':
    case 'batch':
      return operation.member.reads ? 'cache' : undefined;
    case 'query': {
      if (operation.member.reads) return 'query';
      const sql = sqlOf(operation, checker)?.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ').trim();
      if (sql === undefined || !isTableSelect(sql)) return undefined;
      return isAggregateSql(sql) ? 'aggregate' : 'query';
    }
    default:
      return undefined;
  }
}

function sqlOf(operation: IoOperation, checker: ts.TypeChecker): string | undefined {
  const call = operation.call;
  if (ts.isTaggedTemplateExpression(call)) return sqlText(call.template, checker);
  const argument = call.arguments[operation.member.sqlArgument ?? 0];
  return argument && sqlText(argument, checker);
}

function isTableSelect(sql: string): boolean {
  return /^\s*\(?\s*(WITH\b[\s\S]*?\bSELECT\b|SELECT\b)/i.test(sql) && /\bFROM\b/i.test(sql) && !/\b(INSERT|UPDATE|DELETE|MERGE)\b|\bFOR\s+(NO\s+KEY\s+)?UPDATE\b|\bFOR\s+SHARE\b|\bnextval\s*\(/i.test(sql);
}

/** A read in a function body, or a call of a helper that performs one, keyed by what it reads. */
export interface ReadEvent {
  /** The same key means the same query with the same arguments. */
  key: string;
  /** The read call, or the call of the helper that performs it. */
  node: ts.CallExpression | ts.TaggedTemplateExpression;
  /** For messages: `prisma.user.findUnique`. */
  description: string;
  /** Through a helper, the read sits in a branch of it: the call does not always perform it. */
  conditional: boolean;
}

/** A write, directly or through a helper: a read after it may want the fresh row. */
export interface WriteEvent {
  node: ts.CallExpression | ts.TaggedTemplateExpression;
}

interface HelperReads {
  reads: Array<{ key: string; description: string; conditional: boolean }>;
  writes: boolean;
}

/**
 * How keys name what identifiers refer to. In the function being checked a variable is itself (one
 * run, one value). In a helper, parameters become placeholders filled from each call's arguments,
 * and locals are keyed by their initializers: each call of the helper has its own.
 */
interface KeyScope {
  parameters: Map<ts.Symbol, string>;
  helper?: ts.FunctionLikeDeclaration;
}

const MAX_HELPER_DEPTH = 3;

/** Marks a helper's parameter in a key; characters no source text puts in a key. */
const placeholder = (index: number): string => `\u0001${index}\u0001`;
const PLACEHOLDER = /\u0001(\d+)\u0001/g;

/**
 * Reads a function performs, in order, with a key that says when two of them read the same thing:
 * the same chain of calls on the same client with the same arguments. Arguments are keyed by what
 * they refer to (the same variable, parameter or constant), so `findUnique({ where: { id } })` in a
 * helper called as `getUser(id)` has the same key as the handler's own `findUnique({ where: { id } })`.
 */
export class ReadEvents {
  private readonly helpers = new Map<ts.Node, HelperReads>();
  private readonly ofFunction = new Map<ts.Node, { reads: ReadEvent[]; writes: WriteEvent[] }>();
  private readonly inProgress = new Set<ts.Node>();

  constructor(
    private readonly operations: OperationClassifier,
    private readonly summaries: FunctionSummaries,
    private readonly memoization: Memoization,
    private readonly checker: ts.TypeChecker,
  ) {}

  /**
   * The reads and writes of `fn`'s own body (not of functions nested in it, nor of loops: those
   * repeat by design), in source order.
   */
  of(fn: ts.FunctionLikeDeclaration): { reads: ReadEvent[]; writes: WriteEvent[] } {
    // Asked twice per function by uncached-hot-read (repeats, and writes after a list read).
    let events = this.ofFunction.get(fn);
    if (!events) {
      events = this.collect(fn, 0, { parameters: new Map() });
      this.ofFunction.set(fn, events);
    }
    return events;
  }

  private collect(fn: ts.FunctionLikeDeclaration, depth: number, scope: KeyScope): { reads: ReadEvent[]; writes: WriteEvent[] } {
    const reads: ReadEvent[] = [];
    const writes: WriteEvent[] = [];
    const visit = (node: ts.Node): void => {
      if (node !== fn && (ts.isFunctionLike(node) || isLoop(node))) return;
      if (ts.isCallExpression(node) || ts.isTaggedTemplateExpression(node)) {
        const operation = this.operations.classify(node);
        if (operation) {
          if (readKindOf(operation, this.checker)) {
            const key = this.memoization.cacheOver(node) ? undefined : this.keyOfOperation(operation, scope);
            if (key) reads.push({ key, node, description: operation.description, conditional: scope.helper !== undefined && isConditionalWithin(node, fn) });
          } else if (operation.op === 'write' || (operation.op === 'cache' && !operation.member.reads)) {
            writes.push({ node });
          }
          // The chain's inner calls are part of this operation.
          return;
        }
        if (ts.isCallExpression(node) && depth < MAX_HELPER_DEPTH) {
          const through = this.throughHelper(node, depth, scope);
          const conditional = scope.helper !== undefined && isConditionalWithin(node, fn);
          reads.push(...through.reads.map((read) => ({ ...read, conditional: read.conditional || conditional })));
          if (through.writes) writes.push({ node });
        }
      }
      ts.forEachChild(node, visit);
    };
    if (fn.body) visit(fn.body);
    return { reads, writes };
  }

  /** The reads a helper call performs, keyed with the call's own arguments, and whether it writes. */
  private throughHelper(call: ts.CallExpression, depth: number, scope: KeyScope): { reads: ReadEvent[]; writes: boolean } {
    const callees = this.summaries.calleesOf(call);
    if (callees.length !== 1) return { reads: [], writes: callees.length > 1 };
    const helper = this.helperReads(callees[0], depth + 1);
    const argumentKeys = call.arguments.map((argument) => this.keyOf(argument, scope));
    const reads: ReadEvent[] = [];
    for (const { key, description, conditional } of helper.reads) {
      let complete = true;
      const substituted = key.replace(PLACEHOLDER, (_all, index: string) => {
        const argumentKey = argumentKeys[Number(index)];
        if (argumentKey === undefined) complete = false;
        return argumentKey ?? '';
      });
      if (complete) reads.push({ key: substituted, node: call, description, conditional });
    }
    return { reads, writes: helper.writes };
  }

  /** A helper's reads keyed with placeholders for its parameters, and whether it writes. */
  private helperReads(helper: ts.FunctionLikeDeclaration, depth: number): HelperReads {
    const known = this.helpers.get(helper);
    if (known) return known;
    // A recursive helper: assume it may write, so nothing is reported across it.
    if (this.inProgress.has(helper)) return { reads: [], writes: true };
    this.inProgress.add(helper);
    const parameters = new Map<ts.Symbol, string>();
    helper.parameters.forEach((parameter, index) => {
      const symbol = ts.isIdentifier(parameter.name) ? symbolAt(parameter.name, this.checker) : undefined;
      if (symbol) parameters.set(symbol, placeholder(index));
    });
    const { reads, writes } = this.collect(helper, depth, { parameters, helper });
    const result: HelperReads = {
      reads: reads.map(({ key, description, conditional }) => ({ key, description, conditional })),
      writes: writes.length > 0,
    };
    this.inProgress.delete(helper);
    this.helpers.set(helper, result);
    return result;
  }

  private keyOfOperation(operation: IoOperation, scope: KeyScope): string | undefined {
    const parts: string[] = [];
    let current: ts.Expression = skipOuterExpressions(operation.node);
    for (let guard = 0; guard < 64; guard++) {
      if (ts.isCallExpression(current)) {
        const args = current.arguments.map((argument) => this.keyOf(argument, scope));
        if (args.some((argument) => argument === undefined)) return undefined;
        parts.push(`(${args.join(',')})`);
        current = skipOuterExpressions(current.expression);
      } else if (ts.isTaggedTemplateExpression(current)) {
        const template = this.keyOf(current.template, scope);
        if (template === undefined) return undefined;
        parts.push(template);
        current = skipOuterExpressions(current.tag);
      } else if (ts.isPropertyAccessExpression(current)) {
        parts.push(`.${current.name.text}`);
        current = skipOuterExpressions(current.expression);
      } else {
        const root = this.keyOf(current, scope);
        if (root === undefined) return undefined;
        parts.push(root);
        break;
      }
    }
    return `${operation.library.id}:${parts.reverse().join('')}`;
  }

  /** A key for what an expression denotes, or undefined when it may differ between evaluations. */
  keyOf(expression: ts.Expression, scope: KeyScope, depth = 0): string | undefined {
    if (depth > 8) return undefined;
    const node = skipOuterExpressions(expression);
    if (ts.isStringLiteralLike(node) || ts.isNumericLiteral(node)) return JSON.stringify(node.text);
    if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return node.getText();
    if (node.kind === ts.SyntaxKind.ThisKeyword) return 'this';
    if (ts.isIdentifier(node)) return this.keyOfIdentifier(node, scope, depth);
    if (ts.isPropertyAccessExpression(node)) {
      // `this.users` in two services: the same repository when the declared types agree.
      if (node.expression.kind === ts.SyntaxKind.ThisKeyword) return this.keyOfThisProperty(node);
      const base = this.keyOf(node.expression, scope, depth + 1);
      return base === undefined ? undefined : `${base}.${node.name.text}`;
    }
    if (ts.isElementAccessExpression(node)) {
      const base = this.keyOf(node.expression, scope, depth + 1);
      const index = this.keyOf(node.argumentExpression, scope, depth + 1);
      return base === undefined || index === undefined ? undefined : `${base}[${index}]`;
    }
    if (ts.isObjectLiteralExpression(node)) {
      const properties: string[] = [];
      for (const property of node.properties) {
        if (ts.isPropertyAssignment(property) && !ts.isComputedPropertyName(property.name)) {
          const value = this.keyOf(property.initializer, scope, depth + 1);
          if (value === undefined) return undefined;
          properties.push(`${property.name.getText()}:${value}`);
        } else if (ts.isShorthandPropertyAssignment(property)) {
          const value = this.keyOfIdentifier(property.name, scope, depth, true);
          if (value === undefined) return undefined;
          properties.push(`${property.name.text}:${value}`);
        } else {
          return undefined;
        }
      }
      return `{${properties.join(',')}}`;
    }
    if (ts.isArrayLiteralExpression(node)) {
      const elements = node.elements.map((element) => this.keyOf(element, scope, depth + 1));
      return elements.some((element) => element === undefined) ? undefined : `[${elements.join(',')}]`;
    }
    if (ts.isTemplateExpression(node)) {
      const spans = node.templateSpans.map((span) => this.keyOf(span.expression, scope, depth + 1));
      return spans.some((span) => span === undefined) ? undefined : `\`${node.head.text}${node.templateSpans.map((span, index) => `\${${spans[index]}}${span.literal.text}`).join('')}\``;
    }
    if (ts.isNoSubstitutionTemplateLiteral(node)) return JSON.stringify(node.text);
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && isPureLookingCall(node)) {
      // `eq(users.id, id)`, `String(id)`, `new ObjectId(id)`: the same helper of the same arguments.
      const callee = this.keyOf(node.expression, scope, depth + 1);
      const args = (node.arguments ?? []).map((argument) => this.keyOf(argument, scope, depth + 1));
      return callee === undefined || args.some((argument) => argument === undefined) ? undefined : `${callee}(${args.join(',')})`;
    }
    return undefined;
  }

  private keyOfIdentifier(node: ts.Identifier, scope: KeyScope, depth: number, shorthand = false): string | undefined {
    let symbol: ts.Symbol | undefined;
    try {
      symbol = shorthand && ts.isShorthandPropertyAssignment(node.parent) ? this.checker.getShorthandAssignmentValueSymbol(node.parent) : symbolAt(node, this.checker);
    } catch {
      return undefined;
    }
    if (!symbol) return node.text === 'undefined' ? 'undefined' : undefined;
    const parameter = scope.parameters.get(symbol);
    if (parameter) return parameter;
    const declaration = symbol.declarations?.[0];
    if (!declaration) return `global:${node.text}`;
    if (scope.helper && isWithin(declaration, scope.helper)) {
      // A helper's local is new on every call: key it by what it is made of.
      return ts.isVariableDeclaration(declaration) && declaration.initializer && (declaration.parent.flags & ts.NodeFlags.Const) !== 0
        ? this.keyOf(declaration.initializer, scope, depth + 1)
        : undefined;
    }
    // A variable assigned again may hold another value at the second read.
    if (isReassignable(declaration)) return undefined;
    return `@${declaration.getSourceFile().fileName}:${declaration.pos}`;
  }

  private keyOfThisProperty(node: ts.PropertyAccessExpression): string | undefined {
    const declaration = symbolAt(node.name, this.checker)?.declarations?.[0];
    const typeNode = declaration && (ts.isPropertyDeclaration(declaration) || ts.isParameter(declaration)) ? declaration.type : undefined;
    if (typeNode) return `this<${typeNode.getText().replace(/\s+/g, '')}>`;
    const cls = enclosingClass(node);
    return cls ? `this@${cls.getSourceFile().fileName}:${cls.pos}.${node.name.text}` : undefined;
  }
}

/** Calls whose result depends on their arguments only, as far as keys go: not `Date.now()`, `randomUUID()`. */
function isPureLookingCall(node: ts.CallExpression | ts.NewExpression): boolean {
  return (node.arguments?.length ?? 0) > 0;
}

function isReassignable(declaration: ts.Declaration): boolean {
  if (ts.isVariableDeclaration(declaration)) return (declaration.parent.flags & ts.NodeFlags.Const) === 0 && hasAssignments(declaration);
  return false;
}

/** `let x = ...` assigned again somewhere in its scope. */
function hasAssignments(declaration: ts.VariableDeclaration): boolean {
  if (!ts.isIdentifier(declaration.name)) return true;
  const name = declaration.name.text;
  const scope = enclosingFunction(declaration);
  let assigned = false;
  const visit = (node: ts.Node): void => {
    if (assigned) return;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      const left = skipOuterExpressions(node.left);
      if (ts.isIdentifier(left) && left.text === name) assigned = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return assigned;
}

function enclosingClass(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  let current: ts.Node | undefined = node.parent;
  while (current && !ts.isClassLike(current)) current = current.parent;
  return current;
}


/** The node sits in a branch of `fn`: an if/else, a `?:`, the right of `&&`/`||`/`??`, a case, a catch. */
export function isConditionalWithin(node: ts.Node, fn: ts.Node): boolean {
  let child: ts.Node = node;
  for (let parent = node.parent; parent && parent !== fn; child = parent, parent = parent.parent) {
    if (isConditionalPosition(parent, child)) return true;
  }
  return false;
}

export function isConditionalPosition(parent: ts.Node, child: ts.Node): boolean {
  if (ts.isIfStatement(parent)) return child !== parent.expression;
  if (ts.isConditionalExpression(parent)) return child !== parent.condition;
  if (ts.isBinaryExpression(parent)) {
    const operator = parent.operatorToken.kind;
    return child === parent.right && (operator === ts.SyntaxKind.AmpersandAmpersandToken || operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken);
  }
  if (ts.isCallExpression(parent) && parent.questionDotToken !== undefined) return true;
  return ts.isCaseClause(parent) || ts.isDefaultClause(parent) || ts.isCatchClause(parent) || ts.isIterationStatement(parent, false);
}

function isLoop(node: ts.Node): boolean {
  return ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node) || ts.isWhileStatement(node) || ts.isDoStatement(node);
}
