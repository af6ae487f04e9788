import { ts } from 'ts-morph';
import type { Rule } from '../src/core/rule';
import type { Fix } from '../src/core/findings';
import { importPosition, insertAt, replaceNode } from '../src/core/fixes';
import { calleeText, enclosingFunction, importedBinding, shortText, skipOuterExpressions, symbolAt } from '../src/core/syntax';

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
            const fix = asyncFix(node, called.library.id, exported, context.models.checker);
            context.report({
              node,
              endNode: node.expression,
              fixes: fix ? [fix] : [],
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

/** fs functions whose `fs.promises` form takes the same arguments and resolves to the same type. */
const FS_PROMISES: Record<string, string> = Object.fromEntries(
  ['readFile', 'writeFile', 'appendFile', 'readdir', 'mkdir', 'mkdtemp', 'rm', 'rmdir', 'unlink', 'rename', 'copyFile', 'cp', 'access', 'readlink', 'realpath', 'symlink', 'link', 'chmod', 'chown', 'utimes', 'truncate', 'lchown', 'lutimes', 'opendir']
    .map((name) => [`${name}Sync`, name]),
);
/** `stat` and `lstat` only without options: `throwIfNoEntry` has no async form. */
const FS_PROMISES_WITHOUT_OPTIONS: Record<string, string> = { statSync: 'stat', lstatSync: 'lstat' };
const BCRYPT_ASYNC: Record<string, string> = { hashSync: 'hash', compareSync: 'compare', genSaltSync: 'genSalt' };
const FS_MODULES = new Set(['fs', 'node:fs']);
const BCRYPT_MODULES = new Set(['bcrypt', 'bcryptjs']);

/**
 * The awaited async form, in a function that is already async (making a function async would change
 * its callers' types): `await fs.promises.readFile(...)` for a namespace or default import of fs,
 * `await fsPromises.readFile(...)` with an import of node:fs/promises added for a named import, and
 * `await bcrypt.hash(...)` for bcrypt's namespace.
 */
function asyncFix(call: ts.CallExpression, library: string, exported: string, checker: ts.TypeChecker): Fix | undefined {
  const fn = enclosingFunction(call);
  if (ts.isSourceFile(fn) || !(ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async)) return undefined;
  const callee = skipOuterExpressions(call.expression);
  const args = call.arguments.map((argument) => argument.getText()).join(', ');
  const wrap = (text: string): string => (needsParentheses(call) ? `(${text})` : text);
  if (library === 'fs') {
    const asyncName = FS_PROMISES[exported] ?? (call.arguments.length === 1 ? FS_PROMISES_WITHOUT_OPTIONS[exported] : undefined);
    if (!asyncName) return undefined;
    if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
      const imported = importedBinding(callee.expression, checker);
      if (!imported || !FS_MODULES.has(imported.module) || (imported.name !== '*' && imported.name !== 'default')) return undefined;
      return { title: `Use await ${callee.expression.text}.promises.${asyncName}()`, edits: [replaceNode(call, wrap(`await ${callee.expression.text}.promises.${asyncName}(${args})`))] };
    }
    if (ts.isIdentifier(callee)) {
      const imported = importedBinding(callee, checker);
      if (!imported || !FS_MODULES.has(imported.module)) return undefined;
      const sourceFile = call.getSourceFile();
      const existing = namespaceImportOf(sourceFile, new Set(['fs/promises', 'node:fs/promises']));
      const namespace = existing ?? 'fsPromises';
      if (!existing && /\bfsPromises\b/.test(sourceFile.text)) return undefined;
      const edits = [replaceNode(call, wrap(`await ${namespace}.${asyncName}(${args})`))];
      if (!existing) {
        const { position, prefix } = importPosition(sourceFile);
        edits.push(insertAt(call, position, `${prefix}import * as fsPromises from 'node:fs/promises';${prefix ? '' : '\n'}`));
      }
      return { title: `Use await ${namespace}.${asyncName}()`, edits };
    }
    return undefined;
  }
  if (library === 'bcrypt' && BCRYPT_ASYNC[exported] && ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
    const imported = importedBinding(callee.expression, checker);
    if (!imported || !BCRYPT_MODULES.has(imported.module) || (imported.name !== '*' && imported.name !== 'default')) return undefined;
    return { title: `Use await ${callee.expression.text}.${BCRYPT_ASYNC[exported]}()`, edits: [replaceNode(call, wrap(`await ${callee.expression.text}.${BCRYPT_ASYNC[exported]}(${args})`))] };
  }
  return undefined;
}

/** `readFileSync(p).toString()`: the awaited call needs parentheses where it is the object of a member. */
function needsParentheses(call: ts.CallExpression): boolean {
  const parent = call.parent;
  return (
    ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === call) ||
    ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === call) ||
    ts.isTaggedTemplateExpression(parent)
  );
}

/** The local name of `import * as x from '<module>'` in the file, when there is one. */
function namespaceImportOf(sourceFile: ts.SourceFile, modules: ReadonlySet<string>): string | undefined {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || !modules.has(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings) && !statement.importClause?.isTypeOnly) return bindings.name.text;
  }
  return undefined;
}
