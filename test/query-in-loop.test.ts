import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scan } from '../src/core/engine';
import type { ScanResult } from '../src/core/engine';
import { copyWithoutNodeModules, FIXTURES, readMarkers, typingsInstalled } from './helpers/fixtures';

const RULE = 'query-in-loop';
const RULE_FIXTURES = path.join(FIXTURES, RULE);
const libraries = fs
  .readdirSync(RULE_FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** `file:line` of every finding of the rule, relative to the fixture project. */
function findingLines(result: ScanResult, root: string): string[] {
  return result.findings
    .filter((finding) => finding.ruleId === RULE)
    .map((finding) => `${path.relative(root, finding.file)}:${finding.range.start.line}`)
    .sort();
}

function expectedLines(root: string): string[] {
  return readMarkers(root)
    .filter((marker) => marker.kind === 'expect' && marker.ruleId === RULE)
    .map((marker) => `${path.relative(root, marker.file)}:${marker.line}`)
    .sort();
}

describe('query-in-loop fixtures', function () {
  this.timeout(120_000);

  it('cover at least 40 hits and 40 near misses over at least 10 libraries', () => {
    const markers = readMarkers(RULE_FIXTURES).filter((marker) => marker.ruleId === RULE);
    const hits = markers.filter((marker) => marker.kind === 'expect');
    const nearMisses = markers.filter((marker) => marker.kind === 'ok');
    const librariesWithHits = new Set(hits.map((marker) => path.relative(RULE_FIXTURES, marker.file).split(path.sep)[0]));
    assert.ok(hits.length >= 40, `${hits.length} hits`);
    assert.ok(nearMisses.length >= 40, `${nearMisses.length} near misses`);
    assert.ok(librariesWithHits.size >= 10, `hits in ${librariesWithHits.size} libraries: ${[...librariesWithHits].join(', ')}`);
  });

  for (const library of libraries) {
    describe(library, () => {
      const project = path.join(RULE_FIXTURES, library);

      it('with the libraries\' typings: finds exactly the marked lines, through the type checker', function () {
        if (!typingsInstalled()) throw new Error('test-fixtures/node_modules is missing: run `npm run setup-fixtures`');
        const result = scan({ root: project });
        assert.deepEqual(result.failures, []);
        assert.deepEqual(result.skipped, []);
        assert.deepEqual(findingLines(result, project), expectedLines(project));
        assert.ok(result.stats.resolution.byTypes > 0, 'the type checker resolved no library value');
      });

      it('without node_modules: finds exactly the marked lines, through import tracking', () => {
        const copy = copyWithoutNodeModules(project);
        try {
          const result = scan({ root: copy });
          assert.deepEqual(result.failures, []);
          assert.deepEqual(findingLines(result, copy), expectedLines(copy));
          assert.equal(result.stats.resolution.byTypes, 0, 'types resolved without node_modules');
        } finally {
          fs.rmSync(path.dirname(copy), { recursive: true, force: true });
        }
      });
    });
  }
});
