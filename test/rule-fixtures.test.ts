import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES } from '../rules';
import type { ScanResult } from '../src/core/engine';
import { scan } from '../src/core/engine';
import { copyWithoutNodeModules, FIXTURES, readMarkers, typingsInstalled } from './helpers/fixtures';

/** What each rule's fixtures must cover at least: hits, near misses, libraries with hits. */
const COVERAGE: Record<string, { hits: number; nearMisses: number; libraries: number }> = {
  'query-in-loop': { hits: 40, nearMisses: 40, libraries: 10 },
  'unbounded-query': { hits: 40, nearMisses: 40, libraries: 8 },
  'unpooled-client': { hits: 40, nearMisses: 40, libraries: 8 },
  'sync-in-handler': { hits: 40, nearMisses: 40, libraries: 9 },
  'uncached-hot-read': { hits: 40, nearMisses: 40, libraries: 9 },
};

/** `file:line` of every finding of the rule, relative to the fixture project. */
function findingLines(result: ScanResult, root: string, ruleId: string): string[] {
  return result.findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => `${path.relative(root, finding.file)}:${finding.range.start.line}`)
    .sort();
}

function expectedLines(root: string, ruleId: string): string[] {
  return readMarkers(root)
    .filter((marker) => marker.kind === 'expect' && marker.ruleId === ruleId)
    .map((marker) => `${path.relative(root, marker.file)}:${marker.line}`)
    .sort();
}

/**
 * Every shipped rule has a folder of fixture projects, one per library (test-fixtures/<rule>/<library>/),
 * each scanned twice: with the real typings, and copied where no node_modules can be found.
 */
for (const ruleId of ALL_RULES.map((rule) => rule.meta.id)) {
  const ruleFixtures = path.join(FIXTURES, ruleId);
  const libraries = fs
    .readdirSync(ruleFixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  describe(`${ruleId} fixtures`, function () {
    this.timeout(120_000);

    it('cover the hits, near misses and libraries the rule is held to', () => {
      const minimum = COVERAGE[ruleId];
      assert.ok(minimum, `no coverage minimum declared for ${ruleId}`);
      const markers = readMarkers(ruleFixtures).filter((marker) => marker.ruleId === ruleId);
      const hits = markers.filter((marker) => marker.kind === 'expect');
      const nearMisses = markers.filter((marker) => marker.kind === 'ok');
      const librariesWithHits = new Set(hits.map((marker) => path.relative(ruleFixtures, marker.file).split(path.sep)[0]));
      assert.ok(hits.length >= minimum.hits, `${hits.length} hits`);
      assert.ok(nearMisses.length >= minimum.nearMisses, `${nearMisses.length} near misses`);
      assert.ok(librariesWithHits.size >= minimum.libraries, `hits in ${librariesWithHits.size} libraries: ${[...librariesWithHits].join(', ')}`);
    });

    for (const library of libraries) {
      describe(library, () => {
        const project = path.join(ruleFixtures, library);

        it("with the libraries' typings: finds exactly the marked lines, through the type checker", () => {
          if (!typingsInstalled()) throw new Error('test-fixtures/node_modules is missing: run `npm run setup-fixtures`');
          const result = scan({ root: project });
          assert.deepEqual(result.failures, []);
          assert.deepEqual(result.skipped, []);
          assert.deepEqual(findingLines(result, project, ruleId), expectedLines(project, ruleId));
          assert.ok(result.stats.resolution.byTypes > 0, 'the type checker resolved no library value');
        });

        it('without node_modules: finds exactly the marked lines, through import tracking', () => {
          const copy = copyWithoutNodeModules(project);
          try {
            const result = scan({ root: copy });
            assert.deepEqual(result.failures, []);
            assert.deepEqual(findingLines(result, copy, ruleId), expectedLines(copy, ruleId));
            assert.equal(result.stats.resolution.byTypes, 0, 'types resolved without node_modules');
          } finally {
            fs.rmSync(path.dirname(copy), { recursive: true, force: true });
          }
        });
      });
    }
  });
}

describe('fixture copies', () => {
  it('the unbounded-query Prisma project has the shared schema, unchanged', () => {
    const shared = fs.readFileSync(path.join(FIXTURES, 'prisma', 'schema.prisma'), 'utf8');
    const copy = fs.readFileSync(path.join(FIXTURES, 'unbounded-query', 'prisma', 'prisma', 'schema.prisma'), 'utf8');
    assert.equal(copy, shared, 'test-fixtures/unbounded-query/prisma/prisma/schema.prisma drifted from test-fixtures/prisma/schema.prisma: copy it again');
  });
});
