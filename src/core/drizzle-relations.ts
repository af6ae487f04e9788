import { ts } from './ts';
import type { PrismaModels } from './libraries/prisma-schema';
import { skipOuterExpressions } from './syntax';

/**
 * Drizzle's relations, read from the workspace's schema: `relations(posts, ({ one, many }) => ({
 * comments: many(comments), author: one(users, ...) }))`. Keyed like Prisma's models (table →
 * relation → target table and whether it is to-many), with the table's variable name as key, which
 * is the key of `db.query.<table>` when the schema module is passed to `drizzle()` as is.
 */
export function readDrizzleRelations(program: ts.Program): PrismaModels {
  const tables: PrismaModels = new Map();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'relations' && node.arguments.length === 2) {
      const [table, define] = node.arguments;
      const body = ts.isArrowFunction(define) ? skipOuterExpressions(define.body as ts.Expression) : undefined;
      if (ts.isIdentifier(table) && body && ts.isObjectLiteralExpression(body)) {
        const fields = tables.get(table.text) ?? new Map();
        for (const property of body.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) continue;
          const value = skipOuterExpressions(property.initializer);
          if (!ts.isCallExpression(value) || !ts.isIdentifier(value.expression) || !ts.isIdentifier(value.arguments[0] ?? value)) continue;
          const kind = value.expression.text;
          if (kind !== 'many' && kind !== 'one') continue;
          fields.set(property.name.text, { type: (value.arguments[0] as ts.Identifier).text, list: kind === 'many' });
        }
        tables.set(table.text, fields);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  for (const sourceFile of program.getSourceFiles()) {
    if (sourceFile.isDeclarationFile || sourceFile.fileName.includes('/node_modules/')) continue;
    // Cheap guard before walking: only schema modules mention `relations(`.
    if (!sourceFile.text.includes('relations(')) continue;
    visit(sourceFile);
  }
  return tables;
}
