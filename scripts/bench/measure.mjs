// Runs a command in a child process and measures its wall time and peak resident memory.
//
// Peak RSS comes from GNU time (`/usr/bin/time -v`, "Maximum resident set size") when it exists: the
// kernel's high-water mark of the child, read after it exits. Without it, /proc/<pid>/status VmHWM is
// polled every 50 ms while the child runs (the last value read before it exits).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
export const RSS_METHOD = existsSync(GNU_TIME) ? 'GNU time -v (max RSS of the child)' : '/proc/<pid>/status VmHWM, polled every 50 ms';

/**
 * Runs `command args` with `options.cwd`; resolves to { code, wallMs, peakRssMb, stdout, stderr,
 * timedOut }. Never rejects on a non-zero exit: linters exit 1 when they find something. After
 * `options.timeoutMs` the command is killed (GNU time still reports its peak RSS so far).
 */
export function measure(command, args, options = {}) {
  const useTime = existsSync(GNU_TIME);
  // GNU time's report goes to a file of its own, apart from the command's output.
  const reportDir = useTime ? mkdtempSync(join(tmpdir(), 'hotpath-bench-time-')) : undefined;
  const report = reportDir && join(reportDir, 'time.txt');
  const [file, argv] = useTime ? [GNU_TIME, ['-v', '-o', report, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    let polledKb = 0;
    const poll = useTime ? undefined : setInterval(() => (polledKb = Math.max(polledKb, vmHwmKb(child.pid))), 50);
    let timedOut = false;
    const limit = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          // Under GNU time, kill the measured command (time's child) so time still reports.
          for (const pid of useTime ? childrenOf(child.pid) : [child.pid]) process.kill(pid, 'SIGKILL');
        }, options.timeoutMs)
      : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (poll) clearInterval(poll);
      clearTimeout(limit);
      const timed = report && /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(report, 'utf8'));
      if (reportDir) rmSync(reportDir, { recursive: true, force: true });
      resolve({
        code,
        timedOut,
        wallMs,
        peakRssMb: (timed ? Number(timed[1]) : polledKb) / 1024,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

function vmHwmKb(pid) {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function childrenOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [pid];
  }
}
