import { ts } from '../src/core/ts';
import type { Rule } from '../src/core/rule';
import type { MemberSpec } from '../src/core/libraries/model';
import { calleeText, shortText, skipOuterExpressions } from '../src/core/syntax';
import { asyncFix } from './fixes/sync-in-handler';

/**
 * sync-in-handler: a blocking synchronous call (fs `*Sync`, `execSync`, `pbkdf2Sync`, `gzipSync`,
 * bcrypt `hashSync`...) executed while serving a request: the whole process waits, every other request too.
 */
export const syncInHandler: Rule = {
  meta: {
    id: 'sync-in-handler',
    description: 'A blocking synchronous call runs while serving a request and stalls every other request.',
    help:
      'Node serves every request on one thread. A synchronous file read, child process, key derivation, ' +
      'compression or bcrypt hash blocks that thread until it returns: for that time no other request ' +
      'makes progress. Use the async form (`await fs.promises.readFile`, `await bcrypt.hash`, promisified ' +
      '`crypto.pbkdf2`, `zlib.gzip`, `execFile`), or do the work once at startup.',
    defaultSeverity: 'warn',
  },
  check(context) {
    const { resolver, runContexts } = context.models;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = skipOuterExpressions(node.expression);
        const called = resolver.callOf(resolver.valueOf(callee));
        if (called?.spec.op === 'blocking-sync') {
          const runs = runContexts.of(node);
          if (runs.kind === 'repeated' && runs.handler) {
            const name = calleeText(node);
            // The handler runs the blocking call's own function: it may become async.
            const handler = runs.via.length === 0 ? runs.handler : undefined;
            const fix = asyncFix(node, called.spec.asyncForm, called.library, handler, context.models);
            context.report({
              node,
              endNode: node.expression,
              fixes: fix ? [fix] : [],
              message:
                `\`${name}()\` (${called.library.displayName}) blocks the event loop while serving a request (${runs.handler.description}): ` +
                `until it returns, no other request makes progress. ${asyncAdvice(node, called.spec)}`,
              related: [
                { node: runs.handler.node, message: `the request handler: ${runs.handler.description}` },
                // From the handler down to the blocking call: handler → service → helper.
                ...[...runs.via].reverse().map((step) => ({ node: step, message: `calls ${shortText(step, 50)}` })),
              ],
            });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(context.sourceFile);
  },
};

/** What to use instead, from the library model's async form. */
function asyncAdvice(call: ts.CallExpression, spec: MemberSpec): string {
  const form = spec.asyncForm;
  const orOnce = spec.readsFile ? ', or read it once at startup' : '';
  if (!form) return spec.asyncAdvice ?? 'Use its asynchronous form, or do the work once at startup.';
  const callee = skipOuterExpressions(call.expression);
  const receiver = ts.isPropertyAccessExpression(callee) ? `${shortText(callee.expression, 30)}.` : '';
  switch (form.from) {
    case 'member':
      return `Use \`await ${receiver}${form.name}()\`${orOnce}.`;
    case 'module':
      return `Use \`await ${receiver && form.namespaceMember ? `${receiver}${form.namespaceMember}.` : ''}${form.name}()\` (from '${form.module}')${orOnce}.`;
    case 'promisified': {
      const promisify = form.promisify;
      const wrapped = promisify ? ` (\`const ${form.name}Async = ${promisify.name}(${receiver}${form.name})\`, from '${promisify.modules[0]}')` : '';
      return `Use the callback form \`${receiver}${form.name}\` promisified${wrapped} and await ${form.resultProperty ? `its \`${form.resultProperty}\`` : 'it'}${orOnce}.`;
    }
  }
}
