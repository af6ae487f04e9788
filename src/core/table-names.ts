import { ts } from './ts';
import type { IoOperation } from './operations';
import { sqlText } from './operations';
import { skipOuterExpressions } from './syntax';

/**
 * The model, table and collection names a query is written with: `prisma.setting`, `knex('countries')`,
 * `from(T.ROLES)` (a constant's value), `Country.findAll`, `this.countryRepository`, `FROM plans` in
 * raw SQL. Rules compare them with lists of names (reference tables, tables a project allows).
 */
export function tableNamesOf(operation: IoOperation, checker: ts.TypeChecker): string[] {
  const names: string[] = [];
  let current: ts.Expression = operation.node;
  for (let guard = 0; guard < 32; guard++) {
    current = skipOuterExpressions(current);
    if (ts.isCallExpression(current)) {
      // The table of `knex('countries')`, `from('countries')`, `selectFrom('countries')`, `find(Country)`;
      // not the columns of `where('plan', 'pro')`.
      const callee = skipOuterExpressions(current.expression);
      const first = current.arguments[0] && skipOuterExpressions(current.arguments[0]);
      const namesTable = !ts.isPropertyAccessExpression(callee) || /^(from|into|table|selectFrom|getRepository|collection|find\w*|count\w*)$/.test(callee.name.text);
      if (first && namesTable) {
        const text = ts.isIdentifier(first) ? first.text : undefined;
        const value = constantString(first, checker);
        for (const name of [value, text]) if (name) names.push(name.split(/\s+as\s+|\s+/i)[0]);
      }
      const sql = first && /^(raw|query|execute|\$queryRaw\w*)$/.test(ts.isPropertyAccessExpression(callee) ? callee.name.text : '') ? sqlText(first, checker) : undefined;
      const table = sql && /\bFROM\s+["`]?(\w+)/i.exec(sql)?.[1];
      if (table) names.push(table);
      current = current.expression;
    } else if (ts.isTaggedTemplateExpression(current)) {
      const table = /\bFROM\s+["`]?(\w+)/i.exec(sqlText(current.template, checker) ?? '')?.[1];
      if (table) names.push(table);
      current = current.tag;
    } else if (ts.isPropertyAccessExpression(current)) {
      names.push(current.name.text);
      current = current.expression;
    } else {
      if (ts.isIdentifier(current)) names.push(current.text);
      break;
    }
  }
  return names;
}

/**
 * A matcher for a list of names that ignores case, `_` and `-`, a plural `s` or `ies`, and the
 * suffix of a repository or model (`countryRepository`, `PlanModel`, `tax_rates_table`).
 */
export function tableNameMatcher(list: readonly string[]): (name: string) => boolean {
  const wanted = list.map(normalize);
  if (wanted.length === 0) return () => false;
  return (name) => {
    const candidate = normalize(name).replace(/(repository|repo|model|collection|table|entity|store)$/, '');
    return wanted.some((entry) => candidate === entry || candidate === `${entry}s` || `${candidate}s` === entry || candidate === entry.replace(/ies$/, 'y') || entry === candidate.replace(/ies$/, 'y'));
  };
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The string a constant holds: `'roles'`, `TABLE` (`const TABLE = 'roles'`), `T.ROLES`, `` `${T.ROLES} as r` ``. */
function constantString(node: ts.Expression, checker: ts.TypeChecker, depth = 0): string | undefined {
  if (depth > 3) return undefined;
  const expression = skipOuterExpressions(node);
  if (ts.isStringLiteralLike(expression)) return expression.text;
  if (ts.isTemplateExpression(expression)) {
    let text = expression.head.text;
    for (const span of expression.templateSpans) {
      const value = constantString(span.expression, checker, depth + 1);
      if (value === undefined) return undefined;
      text += value + span.literal.text;
    }
    return text;
  }
  if (ts.isIdentifier(expression) || ts.isPropertyAccessExpression(expression)) {
    let symbol: ts.Symbol | undefined;
    try {
      symbol = checker.getSymbolAtLocation(ts.isIdentifier(expression) ? expression : expression.name);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    } catch {
      return undefined;
    }
    const declaration = symbol?.declarations?.[0];
    if (declaration && (ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration)) && declaration.initializer) {
      return constantString(declaration.initializer, checker, depth + 1);
    }
    if (declaration && ts.isEnumMember(declaration) && declaration.initializer) return constantString(declaration.initializer, checker, depth + 1);
  }
  return undefined;
}
