import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError } from '../src/core/config';
import { scan } from '../src/core/engine';
import { isTestFile } from '../src/core/project';
import type { ScanResult } from '../src/core/engine';
import { copyWithoutNodeModules, FIXTURES } from './helpers/fixtures';

const CLI_FIXTURES = path.join(FIXTURES, 'cli');

function lines(result: ScanResult): string[] {
  return result.findings.map((f) => `${path.relative(result.root, f.file)}:${f.range.start.line}`);
}

describe('engine', function () {
  this.timeout(120_000);

  describe('project loading', () => {
    it('follows tsconfig project references', () => {
      const result = scan({ root: path.join(CLI_FIXTURES, 'references') });
      assert.deepEqual(lines(result), ['packages/api/src/users.ts:8', 'packages/worker/src/jobs.ts:6']);
    });

    it('follows tsconfig `extends` and analyses only the files the tsconfig includes', () => {
      const result = scan({ root: path.join(CLI_FIXTURES, 'extends') });
      assert.deepEqual(lines(result), ['src/feed.ts:4']);
      assert.deepEqual(result.notices, []);
    });

    it('analyses every source file of a folder without a tsconfig', () => {
      const result = scan({ root: path.join(CLI_FIXTURES, 'syntax-error') });
      assert.equal(result.stats.files, 1);
      assert.deepEqual(lines(result), ['fine.ts:7']);
    });

    it('falls back to the folder with a notice when the tsconfig `extends` is missing', () => {
      const copy = copyWithoutNodeModules(path.join(CLI_FIXTURES, 'extends'));
      try {
        fs.rmSync(path.join(copy, 'config'), { recursive: true });
        const result = scan({ root: copy });
        assert.equal(result.notices.length, 1);
        assert.match(result.notices[0], /^tsconfig\.json: .*config\/base\.json.*; analysing the folder's files instead$/);
        assert.deepEqual(lines(result).sort(), ['scripts-not-in-tsconfig.ts:4', 'src/feed.ts:4']);
      } finally {
        fs.rmSync(path.dirname(copy), { recursive: true, force: true });
      }
    });
  });

  describe('test code', () => {
    it('is told apart by file name and folder', () => {
      const tests = [
        'src/users.test.ts',
        'src/users.spec.js',
        'src/users.e2e-spec.ts',
        'src/db.postgres.integration.ts',
        'src/__tests__/users.ts',
        'test/helpers.ts',
        'src/testSupport/postgres.ts',
        'server/drivers/mysql2/test.js',
      ];
      const production = ['src/users.ts', 'src/testing-tools.ts', 'src/contest/entries.ts', 'src/latest.ts', 'src/attest.ts'];
      assert.deepEqual(tests.filter((file) => !isTestFile(file)), []);
      assert.deepEqual(production.filter((file) => isTestFile(file)), []);
    });
  });

  describe('suppression comments', () => {
    it('honour disable-next-line, disable-line and disable-file for the named rule only', () => {
      const result = scan({ root: path.join(CLI_FIXTURES, 'suppressed') });
      // Only the line suppressed for another rule still reports.
      assert.deepEqual(lines(result), ['orders.ts:15']);
    });
  });

  describe('hotpath.json', () => {
    it('extends the library model with the project\'s own I/O functions', () => {
      const result = scan({ root: path.join(CLI_FIXTURES, 'custom-library') });
      assert.deepEqual(lines(result), ['src/jobs/sync.ts:5', 'src/jobs/sync.ts:8']);
      assert.match(result.findings[0].message, /`runQuery` \(\.\/src\/lib\/db\) runs once per iteration/);
    });

    it('throws a ConfigError naming the file and the key', () => {
      assert.throws(
        () => scan({ root: path.join(CLI_FIXTURES, 'bad-severity') }),
        (error: unknown) => error instanceof ConfigError && error.key === 'rules.query-in-loop' && error.file.endsWith('bad-severity/hotpath.json'),
      );
    });
  });

  describe('fault isolation', () => {
    it('a rule that throws loses only its own findings for that file', () => {
      const root = path.join(FIXTURES, 'demo-api');
      const result = scan({
        root,
        rules: [
          {
            meta: { id: 'always-throws', description: 'test', help: 'test', defaultSeverity: 'warn' },
            check() {
              throw new Error('boom');
            },
          },
          ...require('../rules').ALL_RULES,
        ],
      });
      assert.equal(result.findings.length, 4);
      assert.equal(result.failures.length, result.stats.files);
      assert.ok(result.failures.every((failure) => failure.ruleId === 'always-throws' && failure.error.includes('boom')));
    });
  });
});
