// Installs the real npm packages the type-aware tests resolve against (test-fixtures/package.json)
// and generates the Prisma client offline, as ../shared/recipes.md describes: `prisma generate`
// only needs its engines to exist, not to run, so harmless executables stand in for them.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const fixtures = new URL('../test-fixtures/', import.meta.url).pathname;
const stampFile = join(fixtures, 'node_modules', '.hotpath-setup-stamp');
const inputs = ['package-lock.json', 'prisma/schema.prisma'].map((file) => readFileSync(join(fixtures, file)));
const stamp = createHash('sha256').update(Buffer.concat(inputs)).digest('hex');

if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
  console.log('test-fixtures: dependencies and Prisma client are up to date');
  process.exit(0);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
console.log('test-fixtures: installing the libraries whose typings the tests use (npm ci)...');
execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: fixtures, stdio: 'inherit' });

console.log('test-fixtures: generating the Prisma client offline...');
execFileSync(join(fixtures, 'node_modules', '.bin', 'prisma'), ['generate', '--schema', 'prisma/schema.prisma'], {
  cwd: fixtures,
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: '1',
    PRISMA_SCHEMA_ENGINE_BINARY: '/bin/true',
    PRISMA_QUERY_ENGINE_LIBRARY: '/bin/true',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
writeFileSync(stampFile, stamp);
