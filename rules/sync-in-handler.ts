import { ts } from 'ts-morph';
import type { Rule } from '../src/core/rule';
import { calleeText, shortText, skipOuterExpressions, symbolAt } from '../src/core/syntax';

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
        const value = resolver.valueOf(callee);
        const called = resolver.callOf(value);
        if (called?.spec.op === 'blocking-sync') {
          // The library's own name (`readFileSync`), whatever the import calls it locally.
          const exported = value && 'exportName' in value ? value.exportName : (symbolAt(ts.isPropertyAccessExpression(callee) ? callee.name : callee, context.models.checker)?.name ?? calleeText(node).split('.').pop() ?? '');
          const runs = runContexts.of(node);
          if (runs.kind === 'repeated' && runs.handler) {
            const name = calleeText(node);
            context.report({
              node,
              endNode: node.expression,
              message:
                `\`${name}()\` (${called.library.displayName}) blocks the event loop while serving a request (${runs.handler.description}): ` +
                `until it returns, no other request makes progress. ${asyncAdvice(called.library.id, exported)}`,
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

/** fs calls with an async form of another name, and those whose async form is a FileHandle method. */
const FS_ASYNC: Record<string, string> = { existsSync: 'access', pathExistsSync: 'access' };
const FS_FILE_HANDLE = /^(read|write|close|fstat|ftruncate|fsync|fdatasync|fchmod|fchown|futimes|readv|writev|open)Sync$/;
const FS_READS = /^(readFile|readdir|readJson|readJSON|stat|lstat|exists|pathExists|access|readlink|realpath|statfs|glob)Sync$/;

function asyncAdvice(library: string, exported: string): string {
  const asyncName = exported.replace(/Sync$/, '');
  switch (library) {
    case 'fs': {
      if (FS_FILE_HANDLE.test(exported)) return 'Open the file with `await fs.promises.open()` and use the FileHandle\'s async methods.';
      const form = `\`await fs.promises.${FS_ASYNC[exported] ?? asyncName}()\` (from 'node:fs/promises'${/^(readJson|readJSON|outputFile|outputJson|ensureDir|ensureFile|copy|move|remove|pathExists|emptyDir|mkdirp|mkdirs|writeJson|writeJSON)Sync$/.test(exported) ? `; fs-extra: \`await fse.${asyncName}()\`` : ''})`;
      return FS_READS.test(exported) ? `Use ${form}, or read it once at startup.` : `Use ${form}.`;
    }
    case 'child_process':
      return 'Use the async `execFile`/`spawn` (promisified), or move the work to a queue.';
    case 'crypto':
      return `Use the callback form \`crypto.${asyncName}\` (promisified with util.promisify).`;
    case 'zlib':
      return `Use \`zlib.${asyncName}\` (promisified) or a stream.`;
    case 'bcrypt':
      return `Use \`await bcrypt.${asyncName}\`.`;
    default:
      return 'Use the async form.';
  }
}
