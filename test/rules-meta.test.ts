import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES } from '../rules';

const REPO = path.resolve(__dirname, '..', '..');
const RULES_DIR = path.join(REPO, 'rules');
const DOC_SECTIONS = ['## What it costs', '## Incorrect', '## Correct', '## Options', '## When not to use it'];

describe('rules', () => {
  it('every rule file is registered, and every registered rule has its file', () => {
    const files = fs
      .readdirSync(RULES_DIR)
      .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    assert.deepEqual(ALL_RULES.map((rule) => rule.meta.id).sort(), files);
  });

  for (const rule of ALL_RULES) {
    it(`${rule.meta.id} has a doc with every section, in order`, () => {
      const doc = fs.readFileSync(path.join(RULES_DIR, `${rule.meta.id}.md`), 'utf8');
      assert.ok(doc.startsWith(`# ${rule.meta.id}\n`));
      const positions = DOC_SECTIONS.map((section) => doc.indexOf(`\n${section}\n`));
      assert.ok(positions.every((p) => p > 0), `missing sections: ${DOC_SECTIONS.filter((_, i) => positions[i] < 0).join(', ')}`);
      assert.deepEqual([...positions].sort((a, b) => a - b), positions, 'sections out of order');
    });
  }

  it('the hotpath.json schema knows exactly the shipped rules', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'schema', 'hotpath.schema.json'), 'utf8'));
    assert.deepEqual([...schema.properties.rules.propertyNames.enum].sort(), ALL_RULES.map((rule) => rule.meta.id).sort());
  });
});
