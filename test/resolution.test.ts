import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scan } from '../src/core/engine';
import { copyWithoutNodeModules, FIXTURES } from './helpers/fixtures';

const PROJECT = path.join(FIXTURES, 'resolution');

describe('resolution paths', function () {
  this.timeout(120_000);

  it('with node_modules, the type checker resolves what import tracking cannot', () => {
    const result = scan({ root: PROJECT });
    const found = result.findings.map((f) => `${path.relative(PROJECT, f.file)}:${f.range.start.line}`);
    assert.deepEqual(found, ['src/both-paths.ts:6', 'src/only-types.ts:6']);
    assert.ok(result.stats.resolution.byTypes > 0);
  });

  it('without node_modules, import tracking finds what the imports say, and nothing is invented', () => {
    const copy = copyWithoutNodeModules(PROJECT);
    try {
      const result = scan({ root: copy });
      const found = result.findings.map((f) => `${path.relative(copy, f.file)}:${f.range.start.line}`);
      // The indexed-access type needs the checker and the real typings: not found, and not guessed.
      assert.deepEqual(found, ['src/both-paths.ts:6']);
      assert.equal(result.stats.resolution.byTypes, 0);
      assert.ok(result.stats.resolution.byImports > 0);
    } finally {
      fs.rmSync(path.dirname(copy), { recursive: true, force: true });
    }
  });
});
