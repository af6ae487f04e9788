// The long fuzz run: `npm run fuzz [-- --cases 50000] [-- --seed 123]`.
// CI runs the same test with 2,000 cases and a fixed seed; this run takes a fresh seed each time and
// prints it, so that a failure can be replayed with `--seed`.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { cases: { type: 'string', default: '50000' }, seed: { type: 'string' } } });
const seed = values.seed ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`hotpath fuzz: ${values.cases} cases, seed ${seed} (replay with: npm run fuzz -- --seed ${seed} --cases ${values.cases})`);

const mocha = path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const result = spawnSync(process.execPath, [mocha, '--no-config', '--timeout', '0', '--exit', 'out/test/fuzz.test.js', '--grep', '^fuzz:'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, HOTPATH_FUZZ_CASES: values.cases, HOTPATH_FUZZ_SEED: seed, HOTPATH_FUZZ_VERBOSE: '1' },
});
process.exit(result.status ?? 1);
