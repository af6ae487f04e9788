// The child processes the bench times besides ESLint: the hotpath CLI and the TypeScript floors.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './measure.mjs';

const CLI = fileURLToPath(new URL('../../bin/hotpath.js', import.meta.url));
const TSC_FLOOR = fileURLToPath(new URL('./tsc-floor.mjs', import.meta.url));

/** `hotpath scan <root> --format json`, as a user runs it (dist/ from `npm run build`). */
export async function runHotpath(root, { timeoutMs } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'hotpath-bench-report-'));
  try {
    const report = join(folder, 'report.json');
    const run = await measure(process.execPath, [CLI, 'scan', root, '--format', 'json', '--output', report], { cwd: root, timeoutMs });
    if (run.timedOut) return run;
    // Exit 1 only means findings at error level.
    if (run.code !== 0 && run.code !== 1) throw new Error(`hotpath exited with ${run.code}: ${run.stderr.slice(0, 2000)}`);
    const { findings, stats } = JSON.parse(readFileSync(report, 'utf8'));
    return { ...run, files: stats.files, lines: stats.lines, findings: findings.length };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * createProgram + getTypeChecker over the same files (scripts/bench/tsc-floor.mjs); with `callees`,
 * then the symbol of every call's callee: the call graph.
 */
export async function runTscFloor(root, { timeoutMs, callees = false } = {}) {
  const run = await measure(process.execPath, [TSC_FLOOR, root, ...(callees ? ['--callees'] : [])], { cwd: root, timeoutMs });
  if (run.timedOut) return run;
  if (run.code !== 0) throw new Error(`tsc floor exited with ${run.code}: ${run.stderr.slice(0, 2000)}`);
  return { ...run, ...JSON.parse(run.stdout) };
}
