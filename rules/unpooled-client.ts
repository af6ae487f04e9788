import { ts } from '../src/core/ts';
import type { Construction } from '../src/core/clients';
import type { Fix } from '../src/core/findings';
import type { Rule, RuleContext } from '../src/core/rule';
import type { RunContext } from '../src/core/run-contexts';
import { enclosingFunction, shortText } from '../src/core/syntax';
import { HoistedNames, sharedClientFix } from './fixes/unpooled-client';

/**
 * unpooled-client: a database or cache client (or a pool) created per request or per call instead of
 * once, so every call pays the connection handshake and the pool never reuses anything.
 */
export const unpooledClient: Rule = {
  meta: {
    id: 'unpooled-client',
    description: 'A database or cache client is created per request or per call instead of once.',
    help:
      'Creating a client (`new PrismaClient()`, `new Pool()`, `new Client()`, `createConnection()`, ' +
      '`new MongoClient()`, `new Redis()`, `createClient()`, `knex({...})`, `new Sequelize()`, `new DataSource()`) ' +
      'opens new connections: a TCP and TLS handshake and authentication, often 20-100 ms, and a pool that is ' +
      'thrown away after one use. Under load the database runs out of connections. Create the client once at ' +
      'module level (or lazily, once) and share it; for pg and mysql2 use a pool and `pool.query`.',
    defaultSeverity: 'warn',
  },
  check(context) {
    const { clients, runContexts } = context.models;
    // Module-level names the fixes of this file take, so that two fixes applied together do not clash.
    const names = new HoistedNames();
    const visit = (node: ts.Node): void => {
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && !ts.isSourceFile(enclosingFunction(node))) {
        const construction = clients.at(node);
        // Kept (a singleton, a cache) or returned (a factory, judged where it is called): not per call.
        // Replaced on each run (`this.pool = new Pool()`): per call only where the repetition is seen
        // in the workspace, since an entry point nothing calls may as well be a startup routine.
        const fate = construction && clients.fate(node);
        if (construction && (fate === 'local' || fate === 'replaced')) {
          const runs = runContexts.of(node);
          if (runs.kind === 'repeated' && (fate === 'local' || runs.evidence === 'seen')) {
            report(context, construction, runs, fate === 'local' ? sharedClientFix(context, construction, names) : undefined);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(context.sourceFile);
  },
};

function report(context: RuleContext, construction: Construction, runs: Extract<RunContext, { kind: 'repeated' }>, fix: Fix | undefined): void {
  const { library, connection, description, factories } = construction;
  const what = connection === 'pool' ? 'a new pool of connections' : 'a new connection';
  const through = factories.length > 0 ? ` (through ${factories.map(functionName).join(' → ')})` : '';
  // Drivers whose pool runs queries itself (the model names the pooled form of their client).
  const advice =
    Object.values(library.kinds).some((kind) => kind.pooledForm)
      ? 'Create one pool at module level and run queries with `pool.query` (check out a client with `pool.connect()` only for transactions, and release it).'
      : 'Create the client once at module level (or lazily, once) and share it.';
  const related: Array<{ node: ts.Node; message: string }> = [
    ...factories.map((fn) => ({ node: fn.name ?? fn, message: `${functionName(fn)} creates the ${library.displayName} client` })),
    ...runs.via.map((node) => ({ node, message: `runs again and again: ${shortText(node, 50)}` })),
  ];
  context.report({
    node: construction.node,
    endNode: ts.isNewExpression(construction.node) ? construction.node.expression : construction.node.expression,
    message: `\`${description}\`${through} opens ${what} to ${library.target} (${library.displayName}) every time this code runs (${runs.why}). Each call pays the connection handshake and the pool reuses nothing; under load the database runs out of connections. ${advice}`,
    related,
    fixes: fix ? [fix] : [],
  });
}

function functionName(fn: ts.FunctionLikeDeclaration): string {
  if (fn.name && ts.isIdentifier(fn.name)) return `\`${fn.name.text}\``;
  if (ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) return `\`${fn.parent.name.text}\``;
  return 'a factory';
}
