import { ts } from './ts';
import type { ChainStep, IoOperation, OperationClassifier } from './operations';
import type { LibraryRegistry } from './libraries/registry';
import { sqlText } from './operations';
import { calledMemberName, chainRoot, enclosingFunction, isConstDeclaration, returnedExpressions, skipOuterExpressions, symbolAt, workspaceFunctionsOf } from './syntax';

/**
 * How many rows a list query can return, as far as the code says:
 * - `bounded`: a limit (`take`, `limit`, `.limit(n)`, `LIMIT`), a key lookup, an aggregate;
 * - `partial`: bounded only on some paths (`take: q.limit ? Number(q.limit) : undefined`);
 * - `unbounded`: nothing bounds it;
 * - `unknown`: the options come from somewhere the analysis cannot see (a parameter): not judged.
 */
export type ListBound =
  | { kind: 'bounded' | 'unbounded' | 'unknown' }
  | { kind: 'partial'; where: ts.Node };

const KEY_COLUMNS = new Set(['id', '_id', 'uuid']);
const MAX_DEPTH = 4;

/** The part of the library model that answers "what bounds this list query?". */
export class ListBounds {
  constructor(
    private readonly operations: OperationClassifier,
    private readonly checker: ts.TypeChecker,
    private readonly registry: LibraryRegistry,
  ) {}

  /** A list operation (op `list`) found by the classifier. */
  ofOperation(operation: IoOperation): ListBound {
    if (operation.steps.some((step) => step.member?.bounds || isKeyLookupStep(step) || isAggregateStep(step)) || isRangeBounded(operation.steps)) return { kind: 'bounded' };
    const keys = new Set(operation.member.boundedBy ?? []);
    const results: ListBound[] = [];
    for (const step of operation.steps) {
      if (!ts.isCallExpression(step.call)) continue;
      // `paged(qb, query).getMany()`: a workspace helper that bounds the builder it is given.
      if (!step.member && !step.name && this.helperBoundsItsArgument(step.call, keys, 0).kind === 'bounded') return { kind: 'bounded' };
      if (!step.member?.op && !isFilterStep(step)) continue;
      // `where('c.postId = :id', { id })`: after SQL text, the object holds the text's parameters, not a filter.
      const sqlText = step.call.arguments[0] && ts.isStringLiteralLike(skipOuterExpressions(step.call.arguments[0]));
      for (const argument of step.call.arguments) {
        if (!sqlText && this.isKeyLookupObject(argument)) return { kind: 'bounded' };
        if (keys.size > 0 && this.looksLikeOptions(argument)) results.push(this.ofOptions(argument, keys, 0));
      }
    }
    return combine(results);
  }

  /** A builder kept in a variable and run later (`let q = knex('t'); if (x) q = q.limit(n); await q`). */
  ofBuilderVariable(identifier: ts.Identifier): ListBound {
    const symbol = this.checker.getSymbolAtLocation(identifier);
    const declaration = symbol?.valueDeclaration;
    if (!symbol || !declaration || !ts.isVariableDeclaration(declaration)) return { kind: 'unknown' };
    const scope = enclosingFunction(declaration);
    const body = ts.isSourceFile(scope) ? scope : scope.body;
    if (!body) return { kind: 'unknown' };
    let unconditional = false;
    let notAList = false;
    let conditional: ts.Node | undefined;
    const initializer = this.builderInitializer(declaration);
    const builderKind = initializer && lastReturnedKind(this.operations.describeChain(initializer));
    const evidence = (expression: ts.Expression | undefined, at: ts.Node) => {
      if (!expression) return;
      const steps = this.withBuilderKind(this.operations.describeChain(expression), expression, symbol, builderKind);
      // An insert, update, delete or aggregate built in steps is not a list query.
      if (steps.some((step) => step.member?.op && step.member.op !== 'list')) notAList = true;
      if (!steps.some((step) => step.member?.bounds || step.member?.marksBatch || isKeyLookupStep(step) || isAggregateStep(step)) && !isRangeBounded(steps)) return;
      if (isConditional(at, body)) conditional ??= at;
      else unconditional = true;
    };
    // Not a library builder (`const orders = new OrderRepository(db)`): nothing to judge here.
    if (!initializer || !this.operations.describeChain(initializer).some((step) => step.member)) return { kind: 'unknown' };
    evidence(initializer, declaration);
    const visit = (node: ts.Node): void => {
      // `applyPaging(q, req)`: a workspace helper that bounds the builder it is given.
      if (ts.isCallExpression(node) && node.arguments.some((argument) => ts.isIdentifier(argument) && this.checker.getSymbolAtLocation(argument) === symbol)) {
        const index = node.arguments.findIndex((argument) => ts.isIdentifier(argument) && this.checker.getSymbolAtLocation(argument) === symbol);
        if (this.helperBoundsItsArgument(node, new Set(), index).kind === 'bounded') {
          if (isConditional(node, body)) conditional ??= node;
          else unconditional = true;
        }
      }
      // `q = q.limit(n)`
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(node.left) && this.checker.getSymbolAtLocation(node.left) === symbol) {
        evidence(node.right, node);
      }
      // `q.limit(n);` (Knex builders are mutable) or `paginate(q)` applying the limit.
      if (ts.isExpressionStatement(node) && ts.isCallExpression(node.expression)) evidence(node.expression, node);
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(body, visit);
    if (unconditional || notAList) return { kind: 'bounded' };
    if (conditional) return { kind: 'partial', where: conditional };
    return { kind: 'unbounded' };
  }

  /**
   * The builder a variable holds: its initializer, or what it awaits when that is not a promise
   * (`const qb = await repo.createQueryBuilder('p')`); awaiting a Knex or Mongoose query gives rows.
   */
  builderInitializer(declaration: ts.VariableDeclaration): ts.Expression | undefined {
    const initializer = declaration.initializer && skipOuterExpressions(declaration.initializer);
    if (!initializer || !ts.isAwaitExpression(initializer)) return initializer;
    const awaited = skipOuterExpressions(initializer.expression);
    const steps = this.operations.describeChain(awaited);
    const kind = lastReturnedKind(steps);
    const runs = steps.some((step) => step.member?.op) || (kind && this.registry.kind(kind)?.spec.thenable);
    return kind && !runs ? awaited : undefined;
  }

  /**
   * Steps of a chain on the builder variable itself (`q.orderBy(...).limit(n)`), named with the
   * builder's kind when the resolver could not follow the variable (a `let` reassigned, no typings).
   */
  private withBuilderKind(steps: ChainStep[], expression: ts.Expression, variable: ts.Symbol, kind: string | undefined): ChainStep[] {
    const root = chainRoot(expression);
    if (!kind || !root || !ts.isIdentifier(root) || this.checker.getSymbolAtLocation(root) !== variable) return steps;
    let current: string | undefined = kind;
    return steps.map((step) => {
      const member = step.member ?? (current && step.name ? this.registry.member(current, step.name) : undefined);
      current = member?.returns ?? current;
      return { ...step, member };
    });
  }

  /** Raw SQL: a SELECT with no LIMIT / FETCH FIRST / TOP that is neither a key lookup nor an aggregate. */
  ofSql(node: ts.Node): ListBound | 'not-a-select' {
    const raw = sqlText(node, this.checker);
    if (raw === undefined) return { kind: 'unknown' };
    const sql = raw.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ').trim();
    if (!/^\(?\s*(WITH\b[\s\S]*\bSELECT\b|SELECT\b)/i.test(sql)) return 'not-a-select';
    // `SELECT pg_advisory_lock($1)`, `SELECT set_config(...)`: no table, one row.
    if (!/\bFROM\b/i.test(sql)) return { kind: 'bounded' };
    if (/\bLIMIT\b|\bFETCH\s+(FIRST|NEXT)\b|\bTOP\s*\(?\s*(\d|\$|\?|@)/i.test(sql)) return { kind: 'bounded' };
    // `IN ($1, $2)`, `IN (?)`, `= ANY($1)`, `unnest($1)`: bounded by an input list (a subquery is not).
    if (/\bIN\s*(\((?!\s*SELECT\b)|\$x)|=\s*ANY\s*\(\s*(\$|\?|:|@)|\bUNNEST\s*\(\s*(\$\d|\?|\$x|:\w|@)/i.test(sql)) return { kind: 'bounded' };
    if (isAggregateSql(sql) || /^\s*SELECT\s+1\b/i.test(sql)) return { kind: 'bounded' };
    if (/\bWHERE\b[\s\S]*?\b(\w+\.)?"?(id|uuid)"?\s*=\s*(\$\d+|\?|:\w+|@\w+|\$x)/i.test(sql)) return { kind: 'bounded' };
    // A hole that is not a value (`${where} ${limitClause}`) may hold anything: not judged.
    // Holes in the column list (`SELECT ${COLUMNS} FROM`) are columns, not clauses.
    const clauses = sql.replace(/^(\(?\s*SELECT\b)([\s\S]*?)(\bFROM\b)/i, (_all, select: string, columns: string, from: string) => `${select} ${columns.replace(/\$x/g, 'c')} ${from}`);
    if (/(^|[^=<>(,\s])\s*\$x|\s\$x\s*$/.test(clauses.replace(/(=|<|>|,|\(|LIKE|IN)\s*\$x/gi, ''))) return { kind: 'unknown' };
    return { kind: 'unbounded' };
  }

  /** An options object: `{ where, take: 20 }`, a variable holding one, a spread or a helper returning one. */
  private ofOptions(node: ts.Expression, keys: ReadonlySet<string>, depth: number): ListBound {
    if (depth > MAX_DEPTH) return { kind: 'unknown' };
    const expression = skipOuterExpressions(node);
    if (ts.isObjectLiteralExpression(expression)) {
      const parts: ListBound[] = [];
      for (const property of expression.properties) {
        if (ts.isSpreadAssignment(property)) {
          parts.push(this.ofOptions(property.expression, keys, depth + 1));
          continue;
        }
        const name = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteralLike(property.name)) ? property.name.text : undefined;
        if (!name || !keys.has(name)) continue;
        if (ts.isPropertyAssignment(property)) parts.push(this.valueBound(property.initializer));
        // `{ take }`: what the variable holds.
        else if (ts.isShorthandPropertyAssignment(property)) parts.push(this.shorthandBound(property));
        else parts.push({ kind: 'bounded' });
      }
      if (parts.length === 0) return { kind: 'unbounded' };
      return best(parts);
    }
    if (ts.isIdentifier(expression)) return this.ofOptionsVariable(expression, keys, depth);
    if (ts.isCallExpression(expression)) {
      // `paginate(req)` returning `{ take, skip }`.
      const fn = this.workspaceFunction(expression);
      const returned = fn ? returnedExpressions(fn) : [];
      if (returned.length === 0) return { kind: 'unknown' };
      return best(returned.map((value) => this.ofOptions(value, keys, depth + 1)));
    }
    return { kind: 'unknown' };
  }

  private ofOptionsVariable(identifier: ts.Identifier, keys: ReadonlySet<string>, depth: number): ListBound {
    const symbol = this.checker.getSymbolAtLocation(identifier);
    const declaration = symbol?.valueDeclaration;
    // A parameter: the caller decides. Not judged here.
    if (!symbol || !declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return { kind: 'unknown' };
    const initial = this.ofOptions(declaration.initializer, keys, depth + 1);
    if (initial.kind === 'bounded') return initial;
    // `options.take = 20`, maybe only inside an `if`.
    const scope = enclosingFunction(declaration);
    const body = ts.isSourceFile(scope) ? scope : scope.body;
    let assigned: ListBound | undefined;
    const visit = (node: ts.Node): void => {
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(node.left) &&
        keys.has(node.left.name.text) &&
        ts.isIdentifier(node.left.expression) &&
        this.checker.getSymbolAtLocation(node.left.expression) === symbol
      ) {
        const bound: ListBound = body && isConditional(node, body) ? { kind: 'partial', where: node } : this.valueBound(node.right);
        assigned = assigned ? best([assigned, bound]) : bound;
      }
      // `applyPaging(options, req)`: a workspace helper that sets the limit on the options it is given.
      if (ts.isCallExpression(node) && !(ts.isVariableDeclaration(node.parent) && node.parent === declaration)) {
        const index = node.arguments.findIndex((argument) => ts.isIdentifier(argument) && this.checker.getSymbolAtLocation(argument) === symbol);
        if (index >= 0) {
          const helper = this.helperBoundsItsArgument(node, keys, index);
          if (helper.kind === 'bounded') {
            const bound: ListBound = body && isConditional(node, body) ? { kind: 'partial', where: node } : helper;
            assigned = assigned ? best([assigned, bound]) : bound;
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    if (body) ts.forEachChild(body, visit);
    return assigned ? best([initial, assigned]) : initial;
  }

  /** A limit value, through a local `const` (`const take = q.limit ? Number(q.limit) : undefined`). */
  private valueBound(value: ts.Expression): ListBound {
    const expression = skipOuterExpressions(value);
    if (ts.isIdentifier(expression) && expression.text !== 'undefined') {
      const declaration = this.checker.getSymbolAtLocation(expression)?.valueDeclaration;
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && isConstDeclaration(declaration)) return literalValueBound(declaration.initializer);
    }
    return literalValueBound(expression);
  }

  private shorthandBound(property: ts.ShorthandPropertyAssignment): ListBound {
    const declaration = this.checker.getShorthandAssignmentValueSymbol(property)?.valueDeclaration;
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && isConstDeclaration(declaration)) return literalValueBound(declaration.initializer);
    return { kind: 'bounded' };
  }

  /**
   * A workspace helper given a builder or an options object, that bounds it: `qb.take(n)` or
   * `return qb.limit(n)` on the parameter, `options.take = n`, `Object.assign(options, { limit })`.
   */
  private helperBoundsItsArgument(call: ts.CallExpression, keys: ReadonlySet<string>, index: number): ListBound {
    const fn = this.workspaceFunction(call);
    const parameter = fn?.parameters[index];
    if (!fn?.body || !parameter || !ts.isIdentifier(parameter.name)) return { kind: 'unknown' };
    const name = parameter.name.text;
    let bounded = false;
    const onParameter = (node: ts.Expression) => {
      const root = chainRoot(node);
      return !!root && ts.isIdentifier(root) && root.text === name;
    };
    const visit = (node: ts.Node): void => {
      if (bounded) return;
      if (ts.isCallExpression(node) && onParameter(node) && this.operations.describeChain(node).some((step) => step.member?.bounds || (step.name && keys.has(step.name)))) bounded = true;
      if (ts.isCallExpression(node) && /^(take|limit)$/.test(calledMemberName(node) ?? '') && onParameter(node)) bounded = true;
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(node.left) &&
        keys.has(node.left.name.text) &&
        ts.isIdentifier(node.left.expression) &&
        node.left.expression.text === name
      ) {
        bounded = true;
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'assign') {
        const [target, ...sources] = node.arguments;
        if (target && ts.isIdentifier(target) && target.text === name && sources.some((source) => this.ofOptions(source, keys, MAX_DEPTH).kind === 'bounded')) bounded = true;
      }
      ts.forEachChild(node, visit);
    };
    visit(fn.body);
    return bounded ? { kind: 'bounded' } : { kind: 'unknown' };
  }

  private workspaceFunction(call: ts.CallExpression): ts.FunctionLikeDeclaration | undefined {
    const callee = skipOuterExpressions(call.expression);
    const name = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
    return workspaceFunctionsOf(name, this.checker)[0];
  }

  /** Objects and identifiers can be options; strings, arrays and entity classes cannot. */
  private looksLikeOptions(node: ts.Expression): boolean {
    const expression = skipOuterExpressions(node);
    if (ts.isIdentifier(expression)) {
      const symbol = symbolAt(expression, this.checker);
      return !symbol || !(symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Function | ts.SymbolFlags.Enum));
    }
    return ts.isObjectLiteralExpression(expression) || ts.isCallExpression(expression);
  }

  /** `{ id }`, `{ where: { id: x } }`, `{ _id: x }`, `{ id: { in: ids } }`, a `where` variable holding one: few rows. */
  private isKeyLookupObject(node: ts.Expression, depth = 0): boolean {
    let expression = skipOuterExpressions(node);
    if (ts.isIdentifier(expression) && depth <= 2) {
      const declaration = symbolAt(expression, this.checker)?.valueDeclaration;
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) expression = skipOuterExpressions(declaration.initializer);
    }
    if (!ts.isObjectLiteralExpression(expression) || depth > 2) return false;
    for (const property of expression.properties) {
      const name = propertyName(property);
      if (!name) continue;
      if (KEY_COLUMNS.has(name)) {
        if (ts.isShorthandPropertyAssignment(property)) return true;
        if (ts.isPropertyAssignment(property)) {
          const value = skipOuterExpressions(property.initializer);
          if (!ts.isObjectLiteralExpression(value)) return true;
          // `id: { in: ids }`, `id: { [Op.in]: ids }`, `_id: { $in: ids }`: bounded by the input list.
          if (value.properties.some((inner) => /^(\$?in|equals|\$eq|eq)$/.test(propertyName(inner) ?? ''))) return true;
        }
      }
      if (name === 'where' && ts.isPropertyAssignment(property) && this.isKeyLookupObject(property.initializer, depth + 1)) return true;
      // `{ where }`, with `const where = { id: { [Op.in]: ids } }` above.
      if (name === 'where' && ts.isShorthandPropertyAssignment(property)) {
        const declaration = this.checker.getShorthandAssignmentValueSymbol(property)?.valueDeclaration;
        if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && this.isKeyLookupObject(declaration.initializer, depth + 1)) return true;
      }
    }
    return false;
  }

}

/** `take: 20` bounds; `take: q.limit ? Number(q.limit) : undefined` bounds only sometimes. */
function literalValueBound(value: ts.Expression): ListBound {
  const expression = skipOuterExpressions(value);
  if (isUndefined(expression)) return { kind: 'unbounded' };
  if (ts.isConditionalExpression(expression)) {
    const sides = [skipOuterExpressions(expression.whenTrue), skipOuterExpressions(expression.whenFalse)];
    if (sides.some(isUndefined)) return { kind: 'partial', where: expression };
  }
  return { kind: 'bounded' };
}

function isUndefined(node: ts.Expression): boolean {
  return (ts.isIdentifier(node) && node.text === 'undefined') || node.kind === ts.SyntaxKind.NullKeyword || ts.isVoidExpression(node);
}

/** The best of several ways the options can be bounded: one bounded part is enough. */
function best(parts: ListBound[]): ListBound {
  for (const kind of ['bounded', 'unknown', 'partial'] as const) {
    const found = parts.find((part) => part.kind === kind);
    if (found) return found;
  }
  return { kind: 'unbounded' };
}

/** Several arguments: options found anywhere decide; no options at all is unbounded. */
function combine(parts: ListBound[]): ListBound {
  return parts.length === 0 ? { kind: 'unbounded' } : best(parts);
}

/** `.where('id', id)`, `.where('users.id', '=', id)`, `.where({ id })`, `.where(eq(users.id, id))`. */
function isKeyLookupStep(step: ChainStep): boolean {
  if (!step.name || !/^(where|andWhere)$/.test(step.name) || !ts.isCallExpression(step.call)) return false;
  const [first, second, third] = step.call.arguments;
  if (!first) return false;
  const column = (node: ts.Expression) => {
    const expression = skipOuterExpressions(node);
    const text = ts.isStringLiteralLike(expression) ? expression.text : ts.isPropertyAccessExpression(expression) ? expression.name.text : '';
    return KEY_COLUMNS.has(text.split('.').pop() ?? '');
  };
  if (ts.isStringLiteralLike(skipOuterExpressions(first)) && column(first)) {
    return third === undefined ? second !== undefined : ts.isStringLiteralLike(second) && second.text === '=';
  }
  const expression = skipOuterExpressions(first);
  if (ts.isObjectLiteralExpression(expression)) return expression.properties.some((p) => p.name && ts.isIdentifier(p.name) && KEY_COLUMNS.has(p.name.text));
  if (ts.isCallExpression(expression) && ts.isIdentifier(expression.expression) && expression.expression.text === 'eq' && expression.arguments[0]) {
    return column(expression.arguments[0]);
  }
  return false;
}

/** Inside an `if`, a conditional expression, a `&&`, a loop or a `switch` of the function: not on every path. */
function isConditional(node: ts.Node, body: ts.Node): boolean {
  for (let current = node.parent; current && current !== body; current = current.parent) {
    if (
      ts.isIfStatement(current) ||
      ts.isConditionalExpression(current) ||
      ts.isSwitchStatement(current) ||
      ts.isIterationStatement(current, false) ||
      ts.isCatchClause(current) ||
      (ts.isBinaryExpression(current) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(current.operatorToken.kind))
    ) {
      return true;
    }
  }
  return false;
}

/** A `where`-like step whose arguments filter rows (its key lookups count; a projection's `id` does not). */
function isFilterStep(step: ChainStep): boolean {
  return !!step.name && /^(where|andWhere|filter|find\w*)$/.test(step.name);
}

const AGGREGATES = /^(count|countDistinct|sum|sumDistinct|avg|avgDistinct|min|max)$/;

/**
 * A grouped or aggregate-only query: `.groupBy(...)`, or a projection whose every column is an
 * aggregate (`select({ total: count() })`, `select((eb) => [eb.fn.count('id').as('n')])`).
 */
function isAggregateStep(step: ChainStep): boolean {
  if (step.name === 'groupBy') return true;
  if (!step.name || !/^select$/.test(step.name) || !ts.isCallExpression(step.call)) return false;
  const [projection] = step.call.arguments;
  if (!projection) return false;
  let columns: ts.Node[] = [];
  const expression = skipOuterExpressions(projection);
  if (ts.isObjectLiteralExpression(expression)) columns = expression.properties.map((property) => (ts.isPropertyAssignment(property) ? property.initializer : property));
  else if (ts.isArrowFunction(expression) && ts.isArrayLiteralExpression(skipOuterExpressions(expression.body as ts.Expression))) {
    columns = [...(skipOuterExpressions(expression.body as ts.Expression) as ts.ArrayLiteralExpression).elements];
  }
  return columns.length > 0 && columns.every(isAggregateExpression);
}

/** `count()`, `sql<number>\`count(*)\``, `eb.fn.count('id').as('n')`. */
function isAggregateExpression(node: ts.Node): boolean {
  let expression = ts.isExpression(node) ? skipOuterExpressions(node) : node;
  // `.as('n')`, `.mapWith(Number)`
  while (ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression) && /^(as|mapWith)$/.test(expression.expression.name.text)) {
    expression = skipOuterExpressions(expression.expression.expression);
  }
  if (ts.isTaggedTemplateExpression(expression)) return /^\s*(count|sum|avg|min|max)\s*\(/i.test(expression.template.getText().replace(/^`/, ''));
  if (!ts.isCallExpression(expression)) return false;
  // `db.raw('COUNT(DISTINCT ...)')`, `knex.raw('ROUND(AVG(x))')`
  const [text] = expression.arguments;
  if (text && ts.isStringLiteralLike(text) && /raw$/.test(calledMemberName(expression) ?? '')) return /^\s*(\w+\s*\(\s*)?(count|sum|avg|min|max)\s*\(/i.test(text.text);
  const callee = skipOuterExpressions(expression.expression);
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
  return AGGREGATES.test(name);
}

function propertyName(property: ts.ObjectLiteralElementLike): string | undefined {
  const name = property.name;
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteralLike(name)) return name.text;
  // `[Op.in]`
  if (ts.isComputedPropertyName(name) && ts.isPropertyAccessExpression(name.expression)) return name.expression.name.text;
  return undefined;
}

/** The kind the outermost step of a chain returns: a Drizzle select builder for `db.select().from(t)`. */
function lastReturnedKind(steps: ChainStep[]): string | undefined {
  return [...steps].reverse().find((step) => step.member?.returns)?.member?.returns;
}

/**
 * A window on the rows: both ends of a range on the key (`where('id', '>', start).andWhere('id', '<=', end)`),
 * or a rank window (`whereBetween('rank', [offset + 1, offset + limit])` over `ROW_NUMBER()`/`DENSE_RANK()`).
 */
function isRangeBounded(steps: ChainStep[]): boolean {
  let lower = false;
  let upper = false;
  for (const step of steps) {
    if (!step.name || !ts.isCallExpression(step.call)) continue;
    const [column, operator] = step.call.arguments.map((argument) => skipOuterExpressions(argument));
    const columnName = column && ts.isStringLiteralLike(column) ? (column.text.split('.').pop() ?? '') : '';
    if (step.name === 'whereBetween' && (KEY_COLUMNS.has(columnName) || /^(rank|row_number|rn|row_num|position)$/i.test(columnName))) return true;
    if (!/^(where|andWhere)$/.test(step.name) || !KEY_COLUMNS.has(columnName) || !operator || !ts.isStringLiteralLike(operator)) continue;
    if (/^>=?$/.test(operator.text)) lower = true;
    if (/^<=?$/.test(operator.text)) upper = true;
  }
  return lower && upper;
}


/** `SELECT COUNT(*) ...`, `SELECT EXISTS (...)`, `SELECT region, SUM(x) ... GROUP BY region`: one row, or one per group. */
export function isAggregateSql(sql: string): boolean {
  return /^\(?\s*SELECT\s+(DISTINCT\s+)?(COUNT|SUM|AVG|MIN|MAX|EXISTS)\s*\(/i.test(sql) || (/\b(COUNT|SUM|AVG|MIN|MAX)\s*\(/i.test(sql) && /\bGROUP\s+BY\b/i.test(sql));
}
