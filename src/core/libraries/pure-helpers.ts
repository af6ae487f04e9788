/**
 * Library functions that compute a value from their arguments and do no I/O: query operators and path
 * helpers. Called with constant arguments they give a constant (`eq(plans.code, DEFAULT_PLAN)`,
 * `path.join(__dirname, 'content', 'terms.md')`). `*` means every export of the module.
 */
export const PURE_HELPERS: Readonly<Record<string, readonly string[] | '*'>> = {
  path: '*',
  'node:path': '*',
  url: ['fileURLToPath', 'pathToFileURL'],
  'node:url': ['fileURLToPath', 'pathToFileURL'],
  'drizzle-orm': [
    'eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'and', 'or', 'not', 'asc', 'desc', 'isNull', 'isNotNull', 'like', 'ilike',
    'notLike', 'between', 'inArray', 'notInArray', 'sql', 'exists', 'count', 'sum', 'max', 'min', 'avg', 'arrayContains',
  ],
  typeorm: [
    'In', 'Not', 'IsNull', 'MoreThan', 'MoreThanOrEqual', 'LessThan', 'LessThanOrEqual', 'Like', 'ILike', 'Between',
    'Equal', 'Any', 'ArrayContains', 'And', 'Or',
  ],
  sequelize: ['literal', 'col', 'fn', 'where', 'cast', 'json'],
  kysely: ['sql'],
  mongodb: ['ObjectId'],
  bson: ['ObjectId'],
  mongoose: ['Types'],
};

/** Globals that are pure conversions. */
export const PURE_GLOBALS: ReadonlySet<string> = new Set(['String', 'Number', 'Boolean', 'JSON.stringify', 'Symbol.for', 'Object.freeze']);
