import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ts } from 'ts-morph';
import * as typescript from 'typescript';
import { scan } from '../src/core/engine';
import type { Finding } from '../src/core/findings';
import { applyEdits, checkedFixes, fixFile, parsesCleanly, unifiedDiff } from '../src/core/fixes';
import { runHotpath } from './helpers/cli';
import { FIXTURES, typingsInstalled } from './helpers/fixtures';

/** Rules whose fixes are proven here, and the fixture projects that must get at least one fix. */
const FIXED_RULES: Record<string, { mustFix: string[] }> = {
  'query-in-loop': { mustFix: ['ioredis', 'redis', 'prisma', 'typeorm', 'sequelize', 'mongoose', 'mongodb', 'knex', 'kysely', 'drizzle', 'pg', 'mysql2', 'mikro-orm'] },
  'unbounded-query': { mustFix: ['prisma', 'typeorm', 'sequelize', 'mongoose', 'mongodb', 'knex', 'drizzle', 'kysely', 'mikro-orm', 'pg', 'mysql2', 'postgres-js', 'slonik'] },
  'sync-in-handler': { mustFix: ['express', 'fastify', 'koa', 'nextjs', 'lambda', 'trpc', 'hapi', 'nestjs', 'graphql-mercurius'] },
  'uncached-hot-read': { mustFix: ['express-prisma', 'express-redis', 'fastify-knex', 'graphql-sequelize', 'hapi-pg', 'koa-mongoose', 'lambda-mysql2', 'mercurius-mongodb', 'nestjs-typeorm', 'nextjs-drizzle', 'trpc-kysely'] },
  'unpooled-client': { mustFix: ['ioredis', 'knex', 'mongodb', 'mongoose', 'mysql2', 'pg', 'postgres-js', 'prisma', 'redis', 'sequelize', 'slonik', 'typeorm'] },
};

/** Fixed copies live beside the fixtures, so the copies resolve test-fixtures/node_modules like the originals. */
const CHECKS = path.join(FIXTURES, '.fix-check');

/** The errors `tsc -p` reports, with the TypeScript package's own compiler and standard library. */
function typeErrors(tsconfig: string): string[] {
  const parsed = typescript.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...typescript.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!parsed) return [`cannot read ${tsconfig}`];
  const program = typescript.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } });
  return typescript
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.category === typescript.DiagnosticCategory.Error)
    .map((diagnostic) => `${diagnostic.file ? path.relative(path.dirname(tsconfig), diagnostic.file.fileName) : ''}: ${typescript.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
}

/**
 * The expected output of every fix, checked in beside its fixture as the diff `--fix-dry-run` prints:
 * `fixes.expected.diff` for the first fix of each finding, `fixes-2.expected.diff` for the second, so a
 * change to what a fix writes shows in review. After a deliberate change,
 * `HOTPATH_UPDATE_FIXES=<rule-id>[,<rule-id>] npm test` (or `=all`) rewrites them.
 */
function expectedDiffName(choice: number): string {
  return choice === 0 ? 'fixes.expected.diff' : `fixes-${choice + 1}.expected.diff`;
}

function expectFixDiff(ruleId: string, project: string, diff: string, choice: number): void {
  const file = path.join(project, expectedDiffName(choice));
  const update = (process.env.HOTPATH_UPDATE_FIXES ?? '').split(',');
  if (update.includes(ruleId) || update.includes('all')) {
    if (diff) fs.writeFileSync(file, diff);
    else fs.rmSync(file, { force: true });
    return;
  }
  const expected = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  assert.equal(diff, expected, `the fixes differ from ${path.relative(FIXTURES, file)} (HOTPATH_UPDATE_FIXES=${ruleId} rewrites it after a deliberate change)`);
}

/**
 * Applies the `choice`-th fix of every finding to a copy of the project beside the fixtures, then
 * checks the copy type-checks, that the fixed findings are gone on a re-scan, and that the diff is the
 * expected one. Returns how many fixes were applied.
 */
function proveFixes(ruleId: string, source: string, before: Finding[], choice: number): number {
  const copy = path.join(CHECKS, `${ruleId}-${path.basename(source)}-${choice + 1}`);
  fs.rmSync(copy, { recursive: true, force: true });
  fs.cpSync(source, copy, { recursive: true });
  let applied = 0;
  let diff = '';
  for (const file of [...new Set(before.filter((finding) => finding.fixes.length > choice).map((finding) => finding.file))].sort()) {
    const original = fs.readFileSync(file, 'utf8');
    const fixed = fixFile(original, file, before, choice);
    fs.writeFileSync(path.join(copy, path.relative(source, file)), fixed.text);
    applied += fixed.applied;
    diff += unifiedDiff(path.relative(source, file).split(path.sep).join('/'), original, fixed.text);
  }
  expectFixDiff(ruleId, source, diff, choice);
  assert.deepEqual(typeErrors(path.join(copy, 'tsconfig.json')), [], `fix ${choice + 1} of the findings introduced type errors`);
  const after = scan({ root: copy }).findings.filter((finding) => finding.ruleId === ruleId);
  assert.ok(after.length <= before.length - applied, `${before.length} findings, ${applied} fixed (fix ${choice + 1}), ${after.length} left`);
  fs.rmSync(copy, { recursive: true, force: true });
  return applied;
}

describe('fixes', () => {
  describe('text edits', () => {
    it('applies edits from the end and refuses overlapping ones', () => {
      assert.equal(applyEdits('abcdef', [{ file: 'f', start: 1, end: 2, newText: 'X' }, { file: 'f', start: 4, end: 4, newText: 'Y' }]), 'aXcdYef');
      assert.equal(applyEdits('abcdef', [{ file: 'f', start: 1, end: 4, newText: 'X' }, { file: 'f', start: 2, end: 3, newText: 'Y' }]), undefined);
      // Two inserts at one place (two helpers added after the imports) keep the order they were given in.
      assert.equal(applyEdits('ab', [{ file: 'f', start: 1, end: 1, newText: 'X' }, { file: 'f', start: 1, end: 1, newText: 'Y' }]), 'aXYb');
    });

    it('drops a fix whose result does not parse, and keeps one that does', () => {
      const sourceFile = ts.createSourceFile('/w/a.ts', 'const rows = await db.find({ a: 1 });\n', ts.ScriptTarget.Latest, true);
      const after = 'const rows = await db.find({ a: 1'.length;
      const good = { title: 'good', edits: [{ file: '/w/a.ts', start: after, end: after, newText: ', take: 100' }] };
      const broken = { title: 'broken', edits: [{ file: '/w/a.ts', start: after, end: after, newText: ', take: (' }] };
      const elsewhere = { title: 'elsewhere', edits: [{ file: '/w/b.ts', start: 0, end: 0, newText: '' }] };
      assert.deepEqual(checkedFixes(sourceFile, [good, broken, elsewhere]).map((fix) => fix.title), ['good']);
      assert.equal(parsesCleanly('/w/a.ts', 'const rows = await db.find({ a: 1, take: 100 });'), true);
    });

    it('applies the first fix of each finding once, and an edit two fixes share once', () => {
      const text = 'a();\nb();\n';
      const shared = { file: '/w/a.ts', start: 0, end: 0, newText: 'import x from "x";\n' };
      const finding = (start: number, end: number, newText: string): Finding => ({
        ruleId: 'r', severity: 'warn', file: '/w/a.ts', range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, message: '', related: [],
        fixes: [{ title: 't', edits: [shared, { file: '/w/a.ts', start, end, newText }] }],
      });
      const { text: fixed, applied } = fixFile(text, '/w/a.ts', [finding(0, 1, 'A'), finding(5, 6, 'B'), finding(0, 3, 'C')]);
      assert.equal(applied, 2);
      assert.equal(fixed, 'import x from "x";\nA();\nB();\n');
    });

    it('prints a unified diff with context', () => {
      const diff = unifiedDiff('src/a.ts', 'one\ntwo\nthree\n', 'one\n2\nthree\n');
      assert.equal(diff, '--- a/src/a.ts\n+++ b/src/a.ts\n@@ -1,4 +1,4 @@\n one\n-two\n+2\n three\n \n');
    });
  });

  for (const [ruleId, { mustFix }] of Object.entries(FIXED_RULES)) {
    describe(`${ruleId} fixes on the typed fixtures`, () => {
      before(() => {
        // `npm test` installs them (pretest): without them nothing here would be proven.
        if (!typingsInstalled()) throw new Error('test-fixtures/node_modules is missing: run `npm run setup-fixtures`');
      });
      const projects = fs.readdirSync(path.join(FIXTURES, ruleId), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
      for (const project of projects) {
        it(`${project}: the fixed project type-checks against the real typings, and the fixed findings are gone`, () => {
          const source = path.join(FIXTURES, ruleId, project);
          const before = scan({ root: source }).findings.filter((finding) => finding.ruleId === ruleId);
          const applied = proveFixes(ruleId, source, before, 0);
          if (mustFix.includes(project)) assert.ok(applied > 0, `no fix was applied in ${ruleId}/${project}`);
          // The other fixes a finding offers (a page read from the request) are proven the same way.
          const most = Math.max(0, ...before.map((finding) => finding.fixes.length));
          for (let choice = 1; choice < most; choice++) proveFixes(ruleId, source, before, choice);
          for (let choice = Math.max(most, 1); fs.existsSync(path.join(source, expectedDiffName(choice))); choice++) expectFixDiff(ruleId, source, '', choice);
        });
      }
    });
  }
});

describe('hotpath scan --fix and --fix-dry-run (the bundled CLI)', function () {
  this.timeout(120_000);
  const copy = path.join(CHECKS, 'cli-knex');
  beforeEach(() => {
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(path.join(FIXTURES, 'unbounded-query', 'knex'), copy, { recursive: true });
  });
  after(() => fs.rmSync(copy, { recursive: true, force: true }));

  const texts = (): Record<string, string> =>
    Object.fromEntries(fs.readdirSync(path.join(copy, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')).map((file) => [file, fs.readFileSync(path.join(copy, 'src', file), 'utf8')]));

  it('--fix-dry-run prints the fixes as a unified diff and writes nothing', () => {
    const before = texts();
    const run = runHotpath(['scan', copy, '--fix-dry-run', '--rule', 'query-in-loop=off']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^--- a\/src\/repositories\/comment\.repository\.ts$/m);
    assert.match(run.stdout, /^\+.*\.orderBy\('created_at'\)\.limit\(100\);/m);
    assert.deepEqual(texts(), before);
  });

  it('--fix writes the fixes, scans again and reports only what is left', () => {
    const before = JSON.parse(runHotpath(['scan', copy, '--format', 'json', '--rule', 'query-in-loop=off']).stdout) as { findings: unknown[] };
    const run = runHotpath(['scan', copy, '--fix', '--format', 'json', '--rule', 'query-in-loop=off']);
    const after = JSON.parse(run.stdout) as { findings: Array<{ ruleId: string }> };
    const applied = Number(/applied (\d+) fix/.exec(run.stderr)?.[1]);
    assert.ok(applied > 0, run.stderr);
    assert.equal(after.findings.length, before.findings.length - applied);
    assert.match(texts()['repositories/comment.repository.ts'], /\.orderBy\('created_at'\)\.limit\(100\);/);
  });
});

describe('hotpath scan --fix on the demo backend', function () {
  this.timeout(180_000);
  const copy = path.join(CHECKS, 'demo-api');
  after(() => fs.rmSync(copy, { recursive: true, force: true }));

  it('leaves it type-checking, with fewer findings', () => {
    if (!typingsInstalled()) throw new Error('test-fixtures/node_modules is missing: run `npm run setup-fixtures`');
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(path.join(FIXTURES, 'demo-api'), copy, { recursive: true });
    const before = JSON.parse(runHotpath(['scan', copy, '--format', 'json']).stdout) as { findings: unknown[] };
    const run = runHotpath(['scan', copy, '--fix', '--format', 'json']);
    const after = JSON.parse(run.stdout) as { findings: unknown[] };
    assert.ok(after.findings.length < before.findings.length, `${before.findings.length} findings before --fix, ${after.findings.length} after`);
    assert.deepEqual(typeErrors(path.join(copy, 'tsconfig.json')), []);
  });
});
