import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import Ajv2020 from 'ajv/dist/2020';
import { ALL_RULES } from '../rules';
import { run } from '../src/cli/main';
import { ConfigError, parseConfig } from '../src/core/config';
import type { ScanOptions, ScanResult } from '../src/core/engine';
import { scan } from '../src/core/engine';
import type { Rule } from '../src/core/rule';
import { WorkspaceAnalyzer } from '../src/core/workspace';
import { HOTPATH_BIN, runHotpath } from './helpers/cli';
import { FIXTURES } from './helpers/fixtures';

/** One N+1: a Prisma query awaited in a loop, reported by query-in-loop at line 5. */
const N_PLUS_ONE = `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function load(ids: string[]) {
  for (const id of ids) {
    await prisma.user.findUnique({ where: { id } });
  }
}
`;

const temporary: string[] = [];

/** A project in a fresh temporary folder: path -> text or bytes. */
function project(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hotpath-robustness-'));
  temporary.push(root);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

function scanned(root: string, options: Partial<ScanOptions> = {}): ScanResult {
  return scan({ root, ...options });
}

/** `file:line` of each finding, relative to the root. */
function findings(result: ScanResult): string[] {
  return result.findings.map((f) => `${path.relative(result.root, f.file)}:${f.range.start.line}`);
}

function skipped(result: ScanResult): Record<string, string> {
  return Object.fromEntries(result.skipped.map((s) => [path.relative(result.root, s.file), s.reason]));
}

/** A rule that throws on the files whose name contains `marker`. */
function throwingRule(marker: string): Rule {
  return {
    meta: { id: 'throws-sometimes', description: 'test', help: 'test', defaultSeverity: 'warn' },
    check(context) {
      if (context.sourceFile.fileName.includes(marker)) throw new TypeError(`cannot read ${marker}`);
    },
  };
}

/** A rule that takes `ms` of CPU time (what the file budget counts) on every file. */
function slowRule(ms: number): Rule {
  return {
    meta: { id: 'slow', description: 'test', help: 'test', defaultSeverity: 'warn' },
    check() {
      const started = process.cpuUsage();
      while ((process.cpuUsage(started).user + process.cpuUsage(started).system) / 1000 < ms) {
        // Busy: a rule is never interrupted, only the next one is not started.
      }
    },
  };
}

function memoryStream() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream: Object.assign(stream, { isTTY: false }), text: () => chunks.join('') };
}

/**
 * A scan by a user whom file permissions stop. Root reads anything, so as root (CI's containers) the
 * real CLI runs as `nobody` in a child process and its JSON report is read; as anyone else, the scan
 * runs here. The bundled CLI is self-contained: it runs from a copy that `nobody` can read, wherever
 * the checkout is.
 */
function scannedWithoutPrivileges(root: string): { findings: string[]; skipped: Record<string, string> } {
  if (process.getuid?.() !== 0) {
    const result = scanned(root);
    return { findings: findings(result), skipped: skipped(result) };
  }
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'hotpath-cli-'));
  temporary.push(copy);
  for (const file of ['bin/hotpath.js', 'dist/cli.js']) {
    fs.mkdirSync(path.join(copy, path.dirname(file)), { recursive: true });
    fs.copyFileSync(path.join(HOTPATH_BIN, '..', '..', file), path.join(copy, file));
  }
  for (const folder of [copy, path.join(copy, 'bin'), path.join(copy, 'dist'), root]) fs.chmodSync(folder, 0o755);
  const run = spawnSync(process.execPath, [path.join(copy, 'bin', 'hotpath.js'), 'scan', root, '--format', 'json'], {
    cwd: root,
    uid: NOBODY,
    gid: NOBODY,
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout) as { findings: Array<{ file: string; range: { start: { line: number } } }>; skipped: Array<{ file: string; reason: string }> };
  return {
    findings: report.findings.map((finding) => `${finding.file}:${finding.range.start.line}`),
    skipped: Object.fromEntries(report.skipped.map((entry) => [entry.file, entry.reason])),
  };
}

/** The unprivileged user (and group) of Linux systems. */
const NOBODY = 65534;

/** The CLI in this process, so a test can swap a shipped rule for one that throws. */
function runInProcess(argv: string[], cwd: string) {
  const stdout = memoryStream();
  const stderr = memoryStream();
  const status = run(argv, { stdout: stdout.stream, stderr: stderr.stream, cwd, env: {} });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

/** Swaps the shipped query-in-loop rule's check for one that throws, for the duration of `body`. */
function withFailingShippedRule<T>(body: () => T): T {
  const rule = ALL_RULES.find((r) => r.meta.id === 'unbounded-query')!;
  const check = rule.check;
  (rule as { check: Rule['check'] }).check = () => {
    throw new RangeError('simulated rule bug');
  };
  try {
    return body();
  } finally {
    (rule as { check: Rule['check'] }).check = check;
  }
}

const sarifSchema = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
const validateSarif = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(sarifSchema);

describe('robustness (issue 8)', function () {
  this.timeout(120_000);

  after(() => {
    for (const root of temporary) {
      fs.chmodSync(root, 0o755);
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  describe('fault isolation', () => {
    it('a rule that throws on one file loses only its findings there; the other rules and files go on', () => {
      const root = project({ 'a.ts': N_PLUS_ONE, 'bad.ts': N_PLUS_ONE });
      const result = scanned(root, { rules: [throwingRule('bad.ts'), ...ALL_RULES] });
      assert.deepEqual(findings(result), ['a.ts:5', 'bad.ts:5']);
      assert.deepEqual(
        result.failures.map((f) => [path.basename(f.file), f.ruleId, f.error.split('\n')[0]]),
        [['bad.ts', 'throws-sometimes', 'TypeError: cannot read bad.ts']],
      );
    });

    it('the CLI says the same rule error once for all its files, exits as usual, and 2 with --strict', () => {
      const root = project({ 'a.ts': N_PLUS_ONE, 'b.ts': N_PLUS_ONE, 'c.ts': N_PLUS_ONE });
      const plain = withFailingShippedRule(() => runInProcess(['scan', root, '--format', 'json'], root));
      assert.equal(plain.status, 0);
      assert.equal(JSON.parse(plain.stdout).findings.length, 3, 'the other rules still report');
      const lines = plain.stderr.trim().split('\n');
      assert.deepEqual(lines, ['hotpath: rule unbounded-query failed on 3 files (a.ts, b.ts, c.ts): RangeError: simulated rule bug; its findings there are missing']);
      const strict = withFailingShippedRule(() => runInProcess(['scan', root, '--format', 'json', '--strict'], root));
      assert.equal(strict.status, 2);
      assert.equal(JSON.parse(strict.stdout).findings.length, 3, 'the report is still written');
      assert.equal(runInProcess(['scan', root, '--strict'], root).status, 0, '--strict alone changes nothing when no rule fails');
    });
  });

  describe('bad input', () => {
    it('a file with syntax errors is skipped with where it breaks; the files that parse are analysed', () => {
      const root = project({ 'a.ts': N_PLUS_ONE, 'broken.ts': N_PLUS_ONE.replace('} });', '}') });
      const result = scanned(root);
      assert.deepEqual(findings(result), ['a.ts:5']);
      assert.match(skipped(result)['broken.ts'], /^syntax error at \d+:\d+: /);
    });

    it('files over the size limit are skipped with a notice; the limit is configurable', () => {
      const big = `${N_PLUS_ONE}${'// padding\n'.repeat(2_000)}`;
      const root = project({ 'a.ts': N_PLUS_ONE, 'big.ts': big });
      assert.deepEqual(findings(scanned(root)), ['a.ts:5', 'big.ts:5'], '22 KB is under the default 1 MB');
      const limited = scanned(root, { limits: { maxFileBytes: 10_000 } });
      assert.deepEqual(findings(limited), ['a.ts:5']);
      assert.equal(skipped(limited)['big.ts'], 'larger than 10 KB (generated or bundled code is not analysed; see --max-file-size)');
      const cli = runInProcess(['scan', root, '--format', 'json', '--max-file-size', '10kb'], root);
      assert.equal(cli.status, 0, cli.stderr);
      assert.deepEqual(JSON.parse(cli.stdout).skipped, [{ file: 'big.ts', reason: skipped(limited)['big.ts'] }]);
      assert.equal(runInProcess(['scan', root, '--max-file-size', 'huge'], root).status, 2);
    });

    it('minified files are skipped with a notice', () => {
      const root = project({ 'a.ts': N_PLUS_ONE, 'bundle.js': `var a=${'[1,2,3],'.repeat(4_000)}0;`, 'vendor.min.js': 'var b=1;' });
      const result = scanned(root);
      assert.deepEqual(findings(result), ['a.ts:5']);
      assert.deepEqual(skipped(result), { 'bundle.js': 'looks minified (generated code is not analysed)' });
    });

    it('binary content behind a .ts name is skipped as binary', () => {
      const bytes = Buffer.from(Array.from({ length: 4_096 }, (_, i) => (i * 7_919) % 256));
      const result = scanned(project({ 'a.ts': N_PLUS_ONE, 'image.ts': bytes }));
      assert.deepEqual(findings(result), ['a.ts:5']);
      assert.deepEqual(skipped(result), { 'image.ts': 'binary content, not source text' });
    });

    it('a byte order mark, CRLF line ends, bytes that are not UTF-8 and UTF-16 text keep findings on their lines', () => {
      const root = project({
        'bom.ts': `\uFEFF${N_PLUS_ONE}`,
        'crlf.ts': N_PLUS_ONE.replace(/\n/g, '\r\n'),
        'latin1.ts': Buffer.concat([Buffer.from('// caf'), Buffer.from([0xe9, 0xff, 0xfe]), Buffer.from(`\n${N_PLUS_ONE}`)]),
        'utf16.ts': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(N_PLUS_ONE, 'utf16le')]),
      });
      const result = scanned(root);
      assert.deepEqual(findings(result), ['bom.ts:5', 'crlf.ts:5', 'latin1.ts:6', 'utf16.ts:5']);
      assert.deepEqual(result.skipped, []);
      const crlf = result.findings.find((f) => f.file.endsWith('crlf.ts'))!;
      assert.equal(crlf.range.start.column, 11, 'CRLF does not shift columns');
    });

    it('--fix leaves a file alone when writing it back would change bytes that are not UTF-8', () => {
      const latin1 = Buffer.concat([Buffer.from('// caf'), Buffer.from([0xe9]), Buffer.from(`\n${N_PLUS_ONE}`)]);
      const root = project({ 'latin1.ts': latin1 });
      runInProcess(['scan', root, '--fix'], root);
      assert.deepEqual(fs.readFileSync(path.join(root, 'latin1.ts')), latin1);
    });

    it('a file that cannot be read is skipped with the reason', () => {
      const root = project({ 'a.ts': N_PLUS_ONE, 'locked.ts': N_PLUS_ONE });
      fs.chmodSync(path.join(root, 'locked.ts'), 0);
      const result = scannedWithoutPrivileges(root);
      assert.deepEqual(result.findings, ['a.ts:5']);
      assert.match(result.skipped['locked.ts'], /^could not be read: EACCES/);
    });

    it('a folder that cannot be read is passed over', () => {
      const root = project({ 'a.ts': N_PLUS_ONE, 'locked/b.ts': N_PLUS_ONE });
      fs.chmodSync(path.join(root, 'locked'), 0);
      try {
        assert.deepEqual(scannedWithoutPrivileges(root).findings, ['a.ts:5']);
      } finally {
        fs.chmodSync(path.join(root, 'locked'), 0o755);
      }
    });

    it('a tsconfig that lists a folder or a missing file as a source file: skipped with the reason', () => {
      const root = project({ 'a.ts': N_PLUS_ONE, 'odd.ts/x.txt': '', 'tsconfig.json': '{ "files": ["a.ts", "odd.ts", "gone.ts"] }' });
      const result = scanned(root);
      assert.deepEqual(findings(result), ['a.ts:5']);
      assert.equal(skipped(result)['odd.ts'], 'not a regular file');
      assert.match(skipped(result)['gone.ts'], /^could not be read: ENOENT: no such file or directory/);
    });

    it('symlink loops end, with and without a tsconfig', () => {
      for (const tsconfig of [undefined, '{ "include": ["**/*"] }']) {
        const root = project({ 'src/a.ts': N_PLUS_ONE, ...(tsconfig ? { 'tsconfig.json': tsconfig } : {}) });
        fs.symlinkSync(root, path.join(root, 'src', 'loop'));
        fs.symlinkSync('second', path.join(root, 'first.ts'));
        fs.symlinkSync('first.ts', path.join(root, 'second'));
        fs.symlinkSync(path.join(root, 'nowhere'), path.join(root, 'dangling.ts'));
        const result = scanned(root);
        assert.deepEqual(findings(result), ['src/a.ts:5'], `tsconfig: ${tsconfig}`);
      }
    });

    it('a symlink pointing outside the scanned folder is not followed, and nothing outside is reported', () => {
      const outside = project({ 'secret.ts': N_PLUS_ONE });
      for (const tsconfig of [undefined, '{ "include": ["**/*"] }']) {
        const root = project({ 'a.ts': N_PLUS_ONE, ...(tsconfig ? { 'tsconfig.json': tsconfig } : {}) });
        fs.symlinkSync(outside, path.join(root, 'linked-folder'));
        fs.symlinkSync(path.join(outside, 'secret.ts'), path.join(root, 'linked.ts'));
        const result = scanned(root);
        assert.deepEqual(findings(result), ['a.ts:5'], `tsconfig: ${tsconfig}`);
        for (const reason of Object.values(skipped(result))) assert.equal(reason, 'a symlink to a file outside the scanned folder (not followed)');
      }
    });

    it('related locations in files outside the scanned folder are left out of the report', () => {
      const base = project({
        'shared/users.ts': `import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nexport async function loadUser(id: string) {\n  return prisma.user.findUnique({ where: { id } });\n}\n`,
        'app/src/a.ts': `import { loadUser } from '../../shared/users';\nexport async function f(ids: string[]) {\n  for (const id of ids) {\n    await loadUser(id);\n  }\n}\n`,
      });
      const whole = scanned(base);
      assert.ok(whole.findings[0].related.some((r) => r.file.endsWith(path.join('shared', 'users.ts'))), 'the helper is related when inside');
      const app = scanned(path.join(base, 'app'));
      assert.deepEqual(findings(app), ['src/a.ts:4']);
      assert.deepEqual(app.findings[0].related.map((r) => path.relative(app.root, r.file)), ['src/a.ts']);
      const sarif = runInProcess(['scan', path.join(base, 'app'), '--format', 'sarif'], base);
      assert.doesNotMatch(sarif.stdout, /"uri": "\.\.\//);
    });

    it('a missing, broken or cyclic tsconfig `extends` gives a notice and the findings of every file', () => {
      const cases: Record<string, [Record<string, string>, RegExp]> = {
        missing: [{ 'tsconfig.json': '{ "extends": "./nope.json" }' }, /^tsconfig\.json: Cannot read file '.*nope\.json'; analysing the folder's files instead$/],
        broken: [{ 'tsconfig.json': '{ "extends": "./base.json" }', 'base.json': '{ "compilerOptions": { ' }, /^tsconfig\.json: '}' expected; analysing the folder's files instead$/],
        cyclic: [{ 'tsconfig.json': '{ "extends": "./base.json" }', 'base.json': '{ "extends": "./tsconfig.json" }' }, /^tsconfig\.json: Circularity detected while resolving configuration: .*; ignored$/],
        'wrong type': [{ 'tsconfig.json': '{ "compilerOptions": 3 }' }, /^tsconfig\.json: Compiler option 'compilerOptions' requires a value of type object; ignored$/],
      };
      for (const [name, [files, notice]] of Object.entries(cases)) {
        const result = scanned(project({ 'a.ts': N_PLUS_ONE, ...files }));
        assert.deepEqual(findings(result), ['a.ts:5'], name);
        assert.equal(result.notices.length, 1, `${name}: ${result.notices.join('\n')}`);
        assert.match(result.notices[0], notice, name);
      }
    });

    it('an empty folder scans to nothing: exit 0 and valid SARIF', () => {
      const root = project({});
      const result = scanned(root);
      assert.deepEqual([result.findings, result.skipped, result.notices, result.stats.files], [[], [], [], 0]);
      const cli = runInProcess(['scan', root, '--format', 'sarif'], root);
      assert.equal(cli.status, 0, cli.stderr);
      assert.ok(validateSarif(JSON.parse(cli.stdout)), JSON.stringify(validateSarif.errors));
    });

    it('expressions and blocks nested thousands deep are skipped, also when imported, without a stack overflow', () => {
      const shapes: Record<string, (n: number) => string> = {
        parentheses: (n) => `export const x = ${'(\n'.repeat(n)}1${')\n'.repeat(n)};\n`,
        calls: (n) => `declare function g(x: unknown): unknown;\nexport const x = ${'g(\n'.repeat(n)}1${')\n'.repeat(n)};\n`,
        blocks: (n) => `export function x() {\n${'if (Math.random()) {\n'.repeat(n)}${'}\n'.repeat(n)}}\n`,
        chain: (n) => `declare const p: any;\nexport const x = p${'\n.then(() => 1)'.repeat(n)};\n`,
        sum: (n) => `export const x = 1${'\n + 1'.repeat(n)};\n`,
        arrays: (n) => `export const x = ${'[\n'.repeat(n)}1${']\n'.repeat(n)};\n`,
      };
      for (const [name, shape] of Object.entries(shapes)) {
        const importer = `${N_PLUS_ONE}import { x } from './deep';\nexport const y = x;\n`;
        const result = scanned(project({ 'a.ts': importer, 'deep.ts': shape(3_000), 'shallow.ts': shape(200) }));
        assert.deepEqual(findings(result), ['a.ts:5'], name);
        assert.deepEqual(skipped(result), { 'deep.ts': 'nested more than 500 levels deep (generated code is not analysed)' }, name);
        assert.deepEqual(result.failures, [], name);
      }
    });

    it('the editor refuses a file typed too deep and analyses it again once it is not', () => {
      const root = project({ 'a.ts': N_PLUS_ONE });
      const analyzer = new WorkspaceAnalyzer(root);
      const file = path.join(root, 'a.ts');
      analyzer.update(file, `${N_PLUS_ONE}export const x = ${'('.repeat(5_000)}1${')'.repeat(5_000)};\n`);
      assert.equal(analyzer.analyzeFile(file).skipped, 'nested more than 500 levels deep (generated code is not analysed)');
      analyzer.update(file, N_PLUS_ONE);
      assert.equal(analyzer.analyzeFile(file).findings.length, 1);
    });

    it('recursion cycles in the call graph end', () => {
      const cycle = `${N_PLUS_ONE}
export async function ping(n: number): Promise<void> { if (n > 0) await pong(n - 1); }
export async function pong(n: number): Promise<void> { await ping(n); await load([String(n)]); }
export async function spin(ids: string[]) {
  for (const id of ids) {
    await ping(id.length);
  }
}
export const self = async (ids: string[]): Promise<void> => self(ids);
`;
      const result = scanned(project({ 'a.ts': cycle }));
      assert.equal(result.failures.length, 0);
      assert.ok(findings(result).includes('a.ts:5'));
    });
  });

  describe('time budgets', () => {
    it('a file over its time budget is reported and skipped; the next file is analysed', () => {
      const root = project({ 'a.ts': N_PLUS_ONE, 'b.ts': N_PLUS_ONE });
      const result = scanned(root, { rules: [slowRule(60), slowRule(60), ...ALL_RULES], limits: { fileTimeoutMs: 50 } });
      assert.deepEqual(findings(result), []);
      assert.deepEqual(skipped(result), {
        'a.ts': 'took longer than 50 ms to analyse (--file-timeout); not analysed',
        'b.ts': 'took longer than 50 ms to analyse (--file-timeout); not analysed',
      });
      assert.deepEqual(findings(scanned(root, { rules: [slowRule(1), ...ALL_RULES], limits: { fileTimeoutMs: 5_000 } })), ['a.ts:5', 'b.ts:5']);
    });

    it('files left when the scan runs over its budget are skipped, with one notice', () => {
      const root = project({ 'a.ts': N_PLUS_ONE, 'b.ts': N_PLUS_ONE, 'c.ts': N_PLUS_ONE });
      // Three files of 150 ms each cannot fit in 200 ms, however long loading took.
      const result = scanned(root, { rules: [slowRule(150), ...ALL_RULES], limits: { scanTimeoutMs: 200 } });
      assert.ok(result.stats.files < 3, `analysed ${result.stats.files}`);
      assert.equal(result.notices.length, 1);
      assert.match(result.notices[0], /^the scan took longer than its time budget of 200 ms \(--scan-timeout\): \d files? (was|were) not analysed$/);
      assert.ok(Object.values(skipped(result)).every((reason) => reason === 'not analysed: the scan ran out of time'));
    });

    it('the CLI takes the budgets in seconds and refuses nonsense', () => {
      const root = project({ 'a.ts': N_PLUS_ONE });
      assert.equal(runInProcess(['scan', root, '--file-timeout', '30', '--scan-timeout', '0'], root).status, 0);
      const bad = runInProcess(['scan', root, '--file-timeout', 'soon'], root);
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /--file-timeout expects a number of seconds/);
    });
  });

  describe('configuration', () => {
    const cases: Array<[string, string, string, number]> = [
      ['bad JSON', '{\n  "rules": {\n    "query-in-loop": "warn",\n  }\n}', '', 4],
      ['unknown rule', '{\n  "rules": {\n    "query-in-loops": "warn"\n  }\n}', 'rules.query-in-loops', 3],
      ['bad severity', '{\n  "rules": {\n    "unbounded-query": "loud"\n  }\n}', 'rules.unbounded-query', 3],
      ['wrong type', '{\n  "include": "src"\n}', 'include', 2],
      ['wrong item type', '{\n  "exclude": [\n    "dist",\n    3\n  ]\n}', 'exclude.1', 4],
      ['unknown key', '{\n  "tests": true,\n  "ignore": []\n}', 'ignore', 3],
      ['not an object', '[]', '(top level)', 1],
    ];
    for (const [name, text, key, line] of cases) {
      it(`${name}: names the file, the key and the line`, () => {
        assert.throws(
          () => parseConfig(text, '/project/hotpath.json', '/project'),
          (error: unknown) => {
            assert.ok(error instanceof ConfigError);
            assert.equal(error.key, key);
            assert.equal(error.line, line);
            assert.match(error.message, new RegExp(`^/project/hotpath\\.json: ${key ? `${key.replace(/[.()]/g, '\\$&')}: ` : ''}.*(\\(line ${line}\\)|at line ${line}, column \\d+)$`));
            return true;
          },
        );
      });
    }

    it('the CLI exits 2 with the message and no stack trace; the editor goes on with the defaults', () => {
      const root = project({ 'a.ts': N_PLUS_ONE, 'hotpath.json': '{\n  "include": "src"\n}' });
      const cli = runInProcess(['scan', root], root);
      assert.equal(cli.status, 2);
      assert.equal(cli.stderr, `hotpath: configuration error in ${path.join(root, 'hotpath.json')}: include: must be array (line 2)\n`);
      const analyzer = new WorkspaceAnalyzer(root);
      assert.match(analyzer.configError!.message, /include: must be array \(line 2\)$/);
      assert.equal(analyzer.analyzeFile(path.join(root, 'a.ts')).findings.length, 1);
    });
  });

  describe('security', () => {
    it('never runs workspace code: no JS configuration, no plugins, not the workspace TypeScript', () => {
      const marker = path.join(os.tmpdir(), `hotpath-executed-${process.pid}`);
      const payload = `require('fs').writeFileSync(${JSON.stringify(marker)}, __filename);\nmodule.exports = {};\n`;
      const root = project({
        'a.ts': N_PLUS_ONE,
        'tsconfig.json': '{ "compilerOptions": { "plugins": [{ "name": "evil-plugin" }] }, "include": ["*.ts"] }',
        'hotpath.config.js': payload,
        'hotpath.js': payload,
        '.hotpathrc.js': payload,
        'node_modules/evil-plugin/package.json': '{ "name": "evil-plugin", "main": "index.js" }',
        'node_modules/evil-plugin/index.js': payload,
        'node_modules/typescript/package.json': '{ "name": "typescript", "version": "9.9.9", "main": "index.js" }',
        'node_modules/typescript/index.js': payload,
        'node_modules/typescript/lib/typescript.js': payload,
        'node_modules/@prisma/client/package.json': '{ "name": "@prisma/client", "version": "5.0.0", "main": "index.js" }',
        'node_modules/@prisma/client/index.js': payload,
      });
      fs.rmSync(marker, { force: true });
      assert.deepEqual(findings(scanned(root)), ['a.ts:5']);
      new WorkspaceAnalyzer(root).scanAll();
      const cli = runHotpath(['scan', root, '--format', 'json']);
      assert.equal(cli.status, 0, cli.stderr);
      assert.equal(fs.existsSync(marker), false, `workspace code ran: ${fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8') : ''}`);
    });

    it('the extension declares untrusted-workspace support, which only holds because nothing of the workspace runs', () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
      assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    });
  });

  describe('a scan over broken input', () => {
    it('exits 0 or 1 with valid SARIF, no stack trace, and every finding of the intact files', () => {
      const outside = project({ 'secret.ts': N_PLUS_ONE });
      const root = project({
        'src/intact.ts': N_PLUS_ONE,
        'src/also-intact.ts': N_PLUS_ONE.replace('load', 'reload'),
        'src/broken.ts': N_PLUS_ONE.slice(0, 150),
        'src/binary.ts': Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]),
        'src/deep.ts': `export const x = ${'['.repeat(4_000)}${']'.repeat(4_000)};\n`,
        'src/bundle.js': `var a=${'[1,2,3],'.repeat(4_000)}0;`,
        'src/empty.ts': '',
        'src/bom.ts': `\uFEFF${N_PLUS_ONE}`,
        'tsconfig.json': '{ "extends": "./missing-base.json", "include": ["src"] }',
      });
      fs.symlinkSync(outside, path.join(root, 'src', 'outside'));
      fs.symlinkSync(path.join(root, 'src'), path.join(root, 'src', 'loop'));
      const cli = runHotpath(['scan', root, '--format', 'sarif']);
      assert.ok(cli.status === 0 || cli.status === 1, `exit ${cli.status}: ${cli.stderr}`);
      assert.doesNotMatch(cli.stderr, /\n\s+at /, 'no stack trace');
      const sarif = JSON.parse(cli.stdout);
      assert.ok(validateSarif(sarif as object), JSON.stringify(validateSarif.errors));
      const results = sarif.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }) => {
        const location = r.locations[0].physicalLocation;
        return `${location.artifactLocation.uri}:${location.region.startLine}`;
      });
      assert.deepEqual(results.sort(), ['src/also-intact.ts:5', 'src/bom.ts:5', 'src/intact.ts:5']);
      const notes = sarif.runs[0].invocations[0].toolExecutionNotifications;
      const skippedUris = notes.map((n: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => n.locations[0].physicalLocation.artifactLocation.uri);
      assert.deepEqual(skippedUris.sort(), ['src/binary.ts', 'src/broken.ts', 'src/bundle.js', 'src/deep.ts']);
      assert.match(cli.stderr, /^hotpath: tsconfig\.json: Cannot read file .*missing-base\.json'; analysing the folder's files instead\n$/);
    });
  });

  describe('a folder of 20,000 files', () => {
    it('scans with bounded memory', function () {
      this.timeout(300_000);
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hotpath-20k-'));
      temporary.push(root);
      for (let i = 0; i < 20_000; i++) {
        const folder = path.join(root, 'src', `m${Math.floor(i / 500)}`);
        if (i % 500 === 0) fs.mkdirSync(folder, { recursive: true });
        const body = i % 1_000 === 0 ? N_PLUS_ONE : `export function f${i}(xs: number[]) {\n  let sum = 0;\n  for (const x of xs) sum += x;\n  return sum;\n}\n`;
        fs.writeFileSync(path.join(folder, `f${i}.ts`), body);
      }
      let peak = 0;
      const result = scan({
        root,
        onProgress: (done) => {
          if (done % 1_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
        },
      });
      assert.equal(result.stats.files, 20_000);
      assert.equal(result.findings.length, 20);
      // About 350 MB measured: the program's syntax trees, nothing per finding or per rule left behind.
      assert.ok(peak < 1_500_000_000, `peak heap ${Math.round(peak / 1e6)} MB`);
    });
  });
});
