import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { runHotpath } from './helpers/cli';
import { FIXTURES } from './helpers/fixtures';

const DEMO = path.join(FIXTURES, 'demo-api');
const CLI_FIXTURES = path.join(FIXTURES, 'cli');

describe('hotpath scan (the bundled CLI)', function () {
  this.timeout(120_000);

  describe('stylish (default)', () => {
    it('groups findings by file with a summary by rule, and exits 0 for warnings', () => {
      const run = runHotpath(['scan', DEMO]);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^src\/routes\/orders\.ts$/m);
      assert.match(run.stdout, /^src\/services\/order-service\.ts$/m);
      assert.match(run.stdout, /^\s+10:27\s+warning\s+`findUserById\(…\)` calls the database/m);
      assert.match(run.stdout, /✖ 4 problems \(0 errors, 4 warnings, 0 info\)/);
      assert.match(run.stdout, /^ {2}query-in-loop: 4$/m);
      assert.match(run.stdout, /↳ Prisma prisma\.user\.findUnique: the round trip \(src\/repositories\/user-repository\.ts:4:10\)/);
    });

    it('uses no colour when stdout is not a terminal', () => {
      const run = runHotpath(['scan', DEMO]);
      assert.doesNotMatch(run.stdout, /\u001b\[/);
    });

    it('prints no progress on a stderr that is not a terminal', () => {
      const run = runHotpath(['scan', DEMO]);
      assert.equal(run.stderr, '');
    });

    it('reports a clean project', () => {
      const run = runHotpath(['scan', path.join(CLI_FIXTURES, 'custom-library', 'src', 'lib')]);
      assert.equal(run.status, 0);
      assert.match(run.stdout, /✔ no problems in 1 files/);
    });
  });

  describe('json', () => {
    it('follows the version 1 contract with 1-based ranges relative to the root', () => {
      const run = runHotpath(['scan', DEMO, '--format', 'json']);
      assert.equal(run.status, 0, run.stderr);
      const report = JSON.parse(run.stdout);
      assert.equal(report.version, 1);
      assert.equal(report.root, DEMO);
      assert.deepEqual(report.skipped, []);
      const helperFinding = report.findings.find((f: { file: string; range: { start: { line: number } } }) => f.file === 'src/services/order-service.ts' && f.range.start.line === 10);
      assert.deepEqual(helperFinding.range, { start: { line: 10, column: 27 }, end: { line: 10, column: 39 } });
      assert.equal(helperFinding.ruleId, 'query-in-loop');
      assert.equal(helperFinding.severity, 'warn');
      assert.deepEqual(
        helperFinding.related.map((r: { file: string; message: string }) => [r.file, r.message]),
        [
          ['src/services/order-service.ts', 'the for...of loop that repeats it'],
          ['src/repositories/user-repository.ts', 'Prisma prisma.user.findUnique: the round trip'],
        ],
      );
      assert.deepEqual(helperFinding.fixes, []);
    });

    it('starts each range at the offending call, not at the loop', () => {
      const report = JSON.parse(runHotpath(['scan', DEMO, '--format', 'json']).stdout);
      for (const finding of report.findings) {
        const line = fs.readFileSync(path.join(DEMO, finding.file), 'utf8').split('\n')[finding.range.start.line - 1];
        const text = line.slice(finding.range.start.column - 1);
        assert.match(text, /^(prisma|redis|findUserById)\b/, `${finding.file}:${finding.range.start.line} starts at "${text}"`);
      }
    });

    it('writes to --output instead of stdout', () => {
      const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hotpath-cli-')), 'report.json');
      const run = runHotpath(['scan', DEMO, '--format', 'json', '--output', out]);
      assert.equal(run.status, 0);
      assert.equal(run.stdout, '');
      assert.equal(JSON.parse(fs.readFileSync(out, 'utf8')).findings.length, 4);
    });

    it('reports files that do not parse as skipped and analyses the rest', () => {
      const root = path.join(CLI_FIXTURES, 'syntax-error');
      const run = runHotpath(['scan', root, '--format', 'json']);
      assert.equal(run.status, 0, run.stderr);
      const report = JSON.parse(run.stdout);
      assert.deepEqual(report.skipped.map((s: { file: string }) => s.file), ['broken.ts']);
      assert.match(report.skipped[0].reason, /^syntax error at 8:3: /);
      assert.deepEqual(report.findings.map((f: { file: string; range: { start: { line: number } } }) => `${f.file}:${f.range.start.line}`), ['fine.ts:7']);
    });
  });

  describe('sarif', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(schema);

    it('is valid SARIF 2.1.0 against the official schema', () => {
      const run = runHotpath(['scan', DEMO, '--format', 'sarif']);
      assert.equal(run.status, 0, run.stderr);
      const sarif = JSON.parse(run.stdout);
      const valid = validate(sarif);
      assert.ok(valid, JSON.stringify(validate.errors, null, 2));
    });

    it('the schema check rejects a broken report (the validator is live)', () => {
      const sarif = JSON.parse(runHotpath(['scan', DEMO, '--format', 'sarif']).stdout);
      sarif.runs[0].results[0].level = 'loud';
      delete sarif.runs[0].tool.driver.name;
      assert.equal(validate(sarif), false);
    });

    it('lists every rule with help, and results with ruleId, level, relative uri and 1-based regions', () => {
      const sarif = JSON.parse(runHotpath(['scan', DEMO, '--format', 'sarif']).stdout);
      assert.equal(sarif.version, '2.1.0');
      assert.equal(sarif.runs.length, 1);
      const [run] = sarif.runs;
      const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'query-in-loop');
      assert.ok(rule.help.text.length > 50);
      assert.equal(rule.defaultConfiguration.level, 'warning');
      assert.equal(run.originalUriBaseIds.ROOT.uri, `file://${DEMO}/`);
      const result = run.results.find((r: { locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) => r.locations[0].physicalLocation.region.startLine === 10);
      assert.equal(result.ruleId, 'query-in-loop');
      assert.equal(result.level, 'warning');
      assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'query-in-loop');
      assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, { uri: 'src/services/order-service.ts', uriBaseId: 'ROOT' });
      assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 10, startColumn: 27, endLine: 10, endColumn: 39 });
      assert.equal(result.relatedLocations.length, 2);
      assert.equal(result.relatedLocations[1].physicalLocation.artifactLocation.uri, 'src/repositories/user-repository.ts');
      assert.match(result.partialFingerprints.primaryLocationLineHash, /^[0-9a-f]{16}:1$/);
    });
  });

  describe('github', () => {
    it('prints one workflow annotation per finding, paths relative to the current folder', () => {
      const run = runHotpath(['scan', 'demo-api', '--format', 'github'], { cwd: FIXTURES });
      assert.equal(run.status, 0, run.stderr);
      const lines = run.stdout.trim().split('\n');
      assert.equal(lines.length, 4);
      assert.ok(
        lines.includes(
          lines.find((line) => line.startsWith('::warning file=demo-api/src/services/order-service.ts,line=10,col=27,endLine=10,endColumn=39,title=hotpath(query-in-loop)::`findUserById(…)` calls the database'))!,
        ),
        run.stdout,
      );
    });
  });

  describe('exit codes and options', () => {
    it('exits 1 when --rule raises the rule to error', () => {
      const run = runHotpath(['scan', DEMO, '--rule', 'query-in-loop=error']);
      assert.equal(run.status, 1);
      assert.match(run.stdout, /4 errors/);
    });

    it('exits 1 when warnings exceed --max-warnings, 0 when within', () => {
      assert.equal(runHotpath(['scan', DEMO, '--max-warnings', '3']).status, 1);
      assert.equal(runHotpath(['scan', DEMO, '--max-warnings', '4']).status, 0);
    });

    it('turns a rule off with --rule id=off', () => {
      const run = runHotpath(['scan', DEMO, '--rule', 'query-in-loop=off', '--format', 'json']);
      assert.equal(run.status, 0);
      assert.equal(JSON.parse(run.stdout).findings.length, 0);
    });

    it('exits 2 for an unknown rule in --rule', () => {
      const run = runHotpath(['scan', DEMO, '--rule', 'n-plus-one=error']);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /unknown rule; known rules: query-in-loop/);
    });

    it('exits 2 for an unknown format or a missing path', () => {
      assert.equal(runHotpath(['scan', DEMO, '--format', 'xml']).status, 2);
      const missing = runHotpath(['scan', path.join(DEMO, 'nope')]);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /no such file or folder/);
    });

    it('exits 2 naming hotpath.json and the key for a bad severity', () => {
      const run = runHotpath(['scan', path.join(CLI_FIXTURES, 'bad-severity')]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /bad-severity\/hotpath\.json: rules\.query-in-loop: must be "error", "warn", "info", "off"/);
    });

    it('exits 2 naming hotpath.json and the key for an unknown rule', () => {
      const run = runHotpath(['scan', path.join(CLI_FIXTURES, 'unknown-rule')]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /unknown-rule\/hotpath\.json: rules\.query-in-loops: unknown rule "query-in-loops"/);
    });

    it('exits 2 naming hotpath.json and the position for invalid JSON', () => {
      const run = runHotpath(['scan', path.join(CLI_FIXTURES, 'broken-config')]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /broken-config\/hotpath\.json: is not valid JSON: .* at line 1, column \d+/);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    });

    it('uses --config instead of the root hotpath.json', () => {
      const run = runHotpath(['scan', DEMO, '--config', path.join(CLI_FIXTURES, 'bad-severity', 'hotpath.json')]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /bad-severity\/hotpath\.json/);
    });

    it('scans only the files given as paths', () => {
      const run = runHotpath(['scan', 'src/services/order-service.ts', '--format', 'json'], { cwd: DEMO });
      const report = JSON.parse(run.stdout);
      assert.deepEqual([...new Set(report.findings.map((f: { file: string }) => f.file))], ['src/services/order-service.ts']);
    });
  });
});
