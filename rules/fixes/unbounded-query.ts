import { ts } from '../../src/core/ts';
import type { Fix, TextEdit } from '../../src/core/findings';
import { freshName, indentOf, insertAt, replaceNode } from '../../src/core/fixes';
import type { IoOperation } from '../../src/core/operations';
import type { RuleContext } from '../../src/core/rule';
import { skipOuterExpressions } from '../../src/core/syntax';

/**
 * unbounded-query's fixes: a page size in the library's own API (a bounding step, an option, SQL
 * `LIMIT`), and in a route handler a page read from the request's query string.
 */

/** The page size the fixes use: the rule option `pageSize`, 100 by default. */
export function pageSizeOf(options: Record<string, unknown>): number {
  const size = options.pageSize;
  return typeof size === 'number' && Number.isInteger(size) && size > 0 ? size : 100;
}

/**
 * Where a bound goes, in the library's own API: a bounding builder step (`.limit(n)` on Knex, Drizzle,
 * Kysely, Mongoose and MongoDB cursors, `.take(n)` on a TypeORM query builder) inserted at `position`,
 * before the step that runs the query; otherwise the option the model names (`take` for Prisma and
 * TypeORM, `limit` for Sequelize) in the options argument. Undefined when adding one could override a
 * bound already there (a spread, the key itself).
 */
type BoundPlacement =
  | { kind: 'step'; node: ts.Node; position: number; limitStep: string; offsetStep?: string }
  | { kind: 'option'; carrier: ts.CallExpression; index: number; options?: ts.ObjectLiteralExpression; key: string; offsetKey?: string };

function boundPlacement(context: RuleContext, operation: IoOperation): BoundPlacement | undefined {
  const top = operation.node;
  // `knex('users').where(...)`, `User.find(q)`: the query value itself takes `.limit(n)`.
  const own = builderSteps(context, top);
  if (own) return { kind: 'step', node: top, position: top.getEnd(), ...own };
  // `q.execute()`, `cursor.toArray()`, `qb.getMany()`: on the builder, before the step that runs it.
  const callee = ts.isCallExpression(top) ? skipOuterExpressions(top.expression) : undefined;
  if (callee && ts.isPropertyAccessExpression(callee) && operation.steps[operation.steps.length - 1]?.member?.op) {
    const steps = builderSteps(context, callee.expression);
    if (steps) return { kind: 'step', node: top, position: callee.expression.getEnd(), ...steps };
  }
  const key = operation.member.boundedBy?.[0];
  const index = operation.member.optionsArgument;
  const carrier = operation.call;
  if (!key || index === undefined || !ts.isCallExpression(carrier)) return undefined;
  const offsetKey = operation.member.offsetBy;
  const argument = carrier.arguments[index] && skipOuterExpressions(carrier.arguments[index]);
  if (!argument) return carrier.arguments.length === index ? { kind: 'option', carrier, index, key, offsetKey } : undefined;
  // A spread (`...paging`) or a key already there: adding one would override it.
  if (!ts.isObjectLiteralExpression(argument) || argument.properties.some((property) => ts.isSpreadAssignment(property) || property.name?.getText() === key)) return undefined;
  const offsetFree = offsetKey && !argument.properties.some((property) => property.name?.getText() === offsetKey) ? offsetKey : undefined;
  return { kind: 'option', carrier, index, options: argument, key, offsetKey: offsetFree };
}

/** The edit that writes a bound (and an offset, when given) at its place. */
function boundEdit(placement: BoundPlacement, limit: string, offset?: string): TextEdit | undefined {
  if (placement.kind === 'step') {
    if (offset && !placement.offsetStep) return undefined;
    const text = `.${placement.limitStep}(${limit})${offset ? `.${placement.offsetStep}(${offset})` : ''}`;
    return insertAt(placement.node, placement.position, text);
  }
  if (offset && !placement.offsetKey) return undefined;
  const entry = (key: string, value: string) => (key === value ? key : `${key}: ${value}`);
  const entries = `${entry(placement.key, limit)}${offset && placement.offsetKey ? `, ${entry(placement.offsetKey, offset)}` : ''}`;
  const { carrier, index, options } = placement;
  if (!options) return insertAt(carrier, index === 0 ? carrier.arguments.pos : carrier.arguments[index - 1].getEnd(), `${index === 0 ? '' : ', '}{ ${entries} }`);
  const last = options.properties[options.properties.length - 1];
  return last ? insertAt(options, last.getEnd(), `, ${entries}`) : replaceNode(options, `{ ${entries} }`);
}

/**
 * The fixes of an unbounded list query: a fixed page size (the rule option `pageSize`, 100 by
 * default), and, inside a route handler whose framework hands it the request, a page read from the
 * request's query string (`?limit=&offset=`), clamped to that size.
 */
export function limitFixes(context: RuleContext, operation: IoOperation): Fix[] {
  const placement = boundPlacement(context, operation);
  if (!placement) return [];
  const size = pageSizeOf(context.options);
  const fixed = boundEdit(placement, String(size));
  const what = placement.kind === 'step' ? `.${placement.limitStep}(${size})` : `${placement.key}: ${size}`;
  const fixes: Fix[] = fixed ? [{ title: `Add ${what}`, edits: [fixed] }] : [];
  const paged = requestPageFix(context, operation, placement, size);
  if (paged) fixes.push(paged);
  return fixes;
}

/**
 * `const limit = …; const offset = …;` read from the request before the statement that runs the
 * query, and the query bounded by them. Only where the handler's request parameter is a plain name
 * and its query string may hold `limit` and `offset` (an index signature, as frameworks type it).
 */
function requestPageFix(context: RuleContext, operation: IoOperation, placement: BoundPlacement, size: number): Fix | undefined {
  const handler = context.models.runContexts.routeHandlerAround(operation.node);
  const access = handler?.entry.library?.requestQuery;
  const request = access && handler.fn.parameters[access.parameter]?.name;
  if (!handler || !access || !request || !ts.isIdentifier(request)) return undefined;
  if (!mayHoldQueryKeys(context.models.checker, request, access.property, ['limit', 'offset'])) return undefined;
  const statement = statementAround(operation.node, handler.fn);
  const fnText = handler.fn.getText();
  const limit = freshName(['limit', 'pageLimit', 'pageSize'], fnText);
  const offset = freshName(['offset', 'pageOffset', 'skipRows'], fnText);
  if (!statement || !limit || !offset) return undefined;
  const bound = boundEdit(placement, limit, offset);
  if (!bound) return undefined;
  const query = `${request.text}.${access.property}`;
  const indent = indentOf(statement);
  const declarations =
    `const ${limit} = Math.min(Math.max(Math.trunc(Number(${query}.limit)) || ${size}, 1), ${size});\n${indent}` +
    `const ${offset} = Math.max(Math.trunc(Number(${query}.offset)) || 0, 0);\n${indent}`;
  return { title: `Page with ?limit= (at most ${size}) and ?offset= from ${query}`, edits: [insertAt(statement, statement.getStart(), declarations), bound] };
}

/** The statement of `fn`'s body (a block) that holds `node`. */
function statementAround(node: ts.Node, fn: ts.FunctionLikeDeclaration): ts.Statement | undefined {
  for (let current: ts.Node = node; current !== fn; current = current.parent) {
    if (ts.isBlock(current.parent) && ts.isStatement(current)) return current;
  }
  return undefined;
}

/** Whether `request[property]` is typed so that it may hold these keys: any, an index signature, or the keys themselves. */
function mayHoldQueryKeys(checker: ts.TypeChecker, request: ts.Identifier, property: string, keys: string[]): boolean {
  const holder = checker.getTypeAtLocation(request).getProperty(property);
  if (!holder) return (checker.getTypeAtLocation(request).flags & ts.TypeFlags.Any) !== 0;
  const type = checker.getTypeOfSymbolAtLocation(holder, request);
  if (type.flags & ts.TypeFlags.Any) return true;
  return !!checker.getIndexInfoOfType(type, ts.IndexKind.String) || keys.every((key) => !!type.getProperty(key));
}

/** The builder steps that bound and skip rows of the query an expression holds, as the library model names them. */
function builderSteps(context: RuleContext, expression: ts.Expression): { limitStep: string; offsetStep?: string } | undefined {
  const { resolver, registry } = context.models;
  const kind = resolver.asKind(resolver.valueOf(expression));
  const spec = kind ? registry.kind(kind.kind)?.spec : undefined;
  return spec?.limitStep ? { limitStep: spec.limitStep, offsetStep: spec.offsetStep } : undefined;
}

/** ` LIMIT 100` at the end of SQL written in place (a string or a template), before a final `;`. */
export function sqlLimitFix(sqlNode: ts.Node, size: number): Fix | undefined {
  const expression = ts.isExpression(sqlNode) ? skipOuterExpressions(sqlNode) : sqlNode;
  // `sql.type(Row)\`SELECT ...\`` (Slonik) handed to the query: the SQL is the tag's template.
  const node = ts.isTaggedTemplateExpression(expression) ? expression.template : expression;
  if (!ts.isStringLiteral(node) && !ts.isNoSubstitutionTemplateLiteral(node) && !ts.isTemplateExpression(node)) return undefined;
  const text = node.getText();
  // Inside the closing quote, before trailing blanks and a semicolon.
  let end = text.length - 1;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  if (text[end - 1] === ';') end--;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  const hole = ts.isTemplateExpression(node) ? /\$\{[^}]*\}$/.exec(text.slice(0, end)) : null;
  // Ends with a hole: a value compared in the last condition (`team_id = ${teamId}`) is safe to follow;
  // any other hole (`${orderBy}`, `${sql.fragment}`) may hold a LIMIT already.
  if (hole && !/(=|<>|!=|<|>|\bLIKE|\bILIKE)\s*$/i.test(text.slice(0, hole.index))) return undefined;
  return { title: `Add LIMIT ${size}`, edits: [insertAt(node, node.getStart() + end, ` LIMIT ${size}`)] };
}
