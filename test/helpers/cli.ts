import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/** The real bundled CLI, as `npx hotpath` runs it. */
export const HOTPATH_BIN = path.resolve(__dirname, '..', '..', '..', 'bin', 'hotpath.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runHotpath(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const result = spawnSync(process.execPath, [HOTPATH_BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
