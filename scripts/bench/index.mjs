// `npm run bench`: full-scan speed and memory of the hotpath CLI against TypeScript's floor and ESLint,
// on generated backends and on the real repositories present locally, plus editor latency. Prints one
// Markdown report (the table of docs/performance.md). Uses dist/: run `npm run build` first.
//
//   npm run bench [-- --sizes 10k,100k,300k] [--repos <dir>] [--no-repos] [--skip-eslint] [--edits N]
//                    [--time-limit <minutes per tool run>] [--quick]
//
// A run stopped at the time limit shows "> limit" and the peak RSS reached until then.
// --quick: 10k only, no ESLint, no real repositories, 10 edits (a smoke run of every part).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runEslint } from './eslint.mjs';
import { generateBackend, parseSize } from './generate.mjs';
import { measureEditorLatency, TYPING_DEBOUNCE_MS } from './lsp-latency.mjs';
import { RSS_METHOD } from './measure.mjs';
import { projectFiles } from './project-files.mjs';
import { runHotpath, runTscFloor } from './runners.mjs';
import { latencyTable, resultsTable, targetsTable } from './table.mjs';

/** The repositories of docs/real-world.md, looked for as <repos>/<name>. */
const REAL_REPOSITORIES = ['node-express-realworld-example-app', 'nestjs-realworld-example-app', 'umami', 'unleash', 'ghostfolio'];
const DEFAULT_REPOS = fileURLToPath(new URL('../../../real-repos', import.meta.url));

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    repos: { type: 'string' },
    'no-repos': { type: 'boolean' },
    'skip-eslint': { type: 'boolean' },
    edits: { type: 'string' },
    quick: { type: 'boolean' },
    'time-limit': { type: 'string' },
  },
});
const quick = values.quick === true;
const sizes = (values.sizes ?? (quick ? '10k' : '10k,100k,300k')).split(',').map((label) => ({ label: label.trim(), lines: parseSize(label) }));
const skipEslint = values['skip-eslint'] === true || quick;
const edits = Number(values.edits ?? (quick ? 10 : 50));
const timeoutMs = values['time-limit'] ? Number(values['time-limit']) * 60_000 : undefined;
const reposDir = values['no-repos'] || (quick && !values.repos) ? undefined : resolve(values.repos ?? DEFAULT_REPOS);

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const temporary = [];
const cleanUp = () => temporary.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

/** Times every tool over one project; a failing baseline is shown as failed, not fatal. */
async function measureProject(name, root, extra) {
  // The 1-minute load average at each start: on a shared machine it says which figures to trust.
  log(`${name}: hotpath (load ${loadavg()[0].toFixed(1)})`);
  const hotpath = await runHotpath(root, { timeoutMs });
  // A stopped scan reports no counts: the generator's stand in for them.
  if (hotpath.timedOut) Object.assign(hotpath, { files: extra.files, lines: extra.lines });
  const attempt = async (label, run) => {
    log(`${name}: ${label} (load ${loadavg()[0].toFixed(1)})`);
    try {
      return await run();
    } catch (error) {
      log(`${name}: ${label} failed: ${error.message.split('\n')[0]}`);
      return { error: error.message.split('\n')[0].slice(0, 80) };
    }
  };
  const tsc = await attempt('tsc floor', () => runTscFloor(root, { timeoutMs }));
  const callGraph = await attempt('tsc floor + callees', () => runTscFloor(root, { timeoutMs, callees: true }));
  const eslint = skipEslint ? undefined : await attempt('eslint', () => runEslint(root, projectFiles(root), { typed: false, timeoutMs }));
  const eslintTyped = skipEslint ? undefined : await attempt('eslint + types', () => runEslint(root, projectFiles(root), { typed: true, timeoutMs }));
  const row = { name, hotpath, tsc, callGraph, eslint, eslintTyped, ...extra };
  log(`${name}: ${JSON.stringify(summary(row))}`);
  return row;
}

/** The figures of a row, logged as soon as it is measured so a long run's progress is visible. */
function summary(row) {
  const figures = (run) =>
    run && (run.error ? { error: run.error } : { s: +(run.wallMs / 1000).toFixed(1), mb: Math.round(run.peakRssMb), files: run.files, ...(run.timedOut ? { stopped: true } : {}) });
  return { hotpath: figures(row.hotpath), tsc: figures(row.tsc), callGraph: figures(row.callGraph), eslint: figures(row.eslint), eslintTyped: figures(row.eslintTyped) };
}

function machine() {
  const cpu = /model name\s*:\s*(.*)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? cpus()[0]?.model;
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {}
  const built = statSync(fileURLToPath(new URL('../../dist/cli.js', import.meta.url))).mtime.toISOString();
  return `${cpus().length} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}; hotpath at ${commit}, dist/cli.js built ${built}`;
}

async function main() {
  const loadBefore = loadavg();
  const started = new Date();
  const rows = [];
  let latency;
  const latencySize = sizes.find((size) => size.label === '100k') ?? sizes.filter((size) => size.lines <= 100_000).at(-1) ?? sizes[0];
  try {
    for (const size of sizes) {
      log(`generating ${size.label}`);
      const backend = generateBackend(size.lines, { label: size.label });
      temporary.push(backend.dir);
      rows.push(await measureProject(`synthetic ${size.label} (${backend.domains} domains)`, backend.dir, { synthetic: true, label: size.label, files: backend.files, lines: backend.lines }));
      if (size === latencySize && edits > 0) {
        log(`${size.label}: editor latency, ${edits} edits`);
        latency = { ...(await measureEditorLatency(backend.dir, backend.probe, { edits })), project: `the synthetic ${size.label} project`, label: size.label };
        log(`${size.label}: editor latency ${JSON.stringify(latency)}`);
      }
      cleanUp();
    }
    for (const name of reposDir ? REAL_REPOSITORIES : []) {
      const root = join(reposDir, name);
      if (!existsSync(root)) {
        log(`${name}: not present in ${reposDir}`);
        continue;
      }
      try {
        rows.push(await measureProject(name, root, { synthetic: false }));
      } catch (error) {
        log(`${name}: ${error.message.split('\n')[0]}`);
      }
    }
  } finally {
    cleanUp();
  }
  const loadAfter = loadavg();
  const load = (l) => l.map((value) => value.toFixed(2)).join(', ');
  console.log(`hotpath benchmark, ${started.toISOString()}`);
  console.log(`Machine: ${machine()}. Load average (1, 5, 15 min) before: ${load(loadBefore)}; after: ${load(loadAfter)}.`);
  console.log(`Peak RSS: ${RSS_METHOD}. Every tool runs as its own child process, one at a time.\n`);
  console.log(resultsTable(rows));
  console.log('');
  if (latency) console.log(`${latencyTable(latency, TYPING_DEBOUNCE_MS)}\n`);
  console.log(targetsTable(rows, latency, TYPING_DEBOUNCE_MS));
}

await main();
