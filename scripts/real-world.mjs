// Scans the real backends of ../shared/real-repos.md (checked out at their pinned commits, without
// their dependencies) and prints the table of docs/real-world.md, plus every finding to triage.
//
//   node scripts/real-world.mjs <folder holding the checkouts> [--findings out.json]
//
// Each repository is expected at <folder>/<name>; missing ones are listed as such.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPOSITORIES = [
  ['gothinkster/node-express-realworld-example-app', '30b68e1e881462b2f4164ea09ab4c4f5699c7b0b'],
  ['lujakob/nestjs-realworld-example-app', 'c1c2cc4e448b279ff083272df1ac50d20c3304fa'],
  ['umami-software/umami', 'c0ea3aefbee7a3429ee2f824b06dc4a9dbe0b7e1'],
  ['Unleash/unleash', 'ceeb5a9ca6d0beb0cabf041d6a27ffd2d6501859'],
  ['ghostfolio/ghostfolio', 'c542997d27990365b607c7a6c9fe4bc8835a55c8'],
];

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/real-world.mjs <folder holding the checkouts> [--findings out.json]');
  process.exit(2);
}
const findingsOut = process.argv.includes('--findings') ? process.argv[process.argv.indexOf('--findings') + 1] : undefined;
const cli = new URL('../bin/hotpath.js', import.meta.url).pathname;
const rows = [];
const all = [];
for (const [slug, commit] of REPOSITORIES) {
  const name = slug.split('/')[1];
  const dir = resolve(folder, name);
  if (!existsSync(dir)) {
    rows.push(`| ${slug} | ${commit.slice(0, 7)} | not present | | | |`);
    continue;
  }
  const started = process.hrtime.bigint();
  let output;
  try {
    output = execFileSync(process.execPath, [cli, 'scan', dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (error) {
    output = error.stdout; // exit 1 only means findings at error level
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const report = JSON.parse(output);
  const byRule = {};
  for (const finding of report.findings) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
  rows.push(
    `| ${slug} | ${commit.slice(0, 7)} | ${report.stats.files} | ${report.stats.lines} | ${seconds.toFixed(1)} s | ${
      Object.entries(byRule).map(([rule, count]) => `${rule}: ${count}`).join(', ') || 'none'
    } |`,
  );
  for (const finding of report.findings) all.push({ repository: slug, ...finding });
}
console.log('| repository | commit | files analysed | lines | scan time (wall, whole CLI run) | findings |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
if (findingsOut) writeFileSync(findingsOut, JSON.stringify(all, null, 2));
