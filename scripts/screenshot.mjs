// Takes the README screenshot from a real run of the extension: code-server + headless Chromium,
// the demo backend open, a query-in-loop squiggle with its quick fixes.
//   npm run build && npm run compile-tests && node scripts/screenshot.mjs docs/images/squiggle.png
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const repo = new URL('..', import.meta.url).pathname;
const { runExtensionTests } = require(join(repo, 'out', 'test', 'extension', 'code-server.js'));
const output = resolve(process.argv[2] ?? 'docs/images/squiggle.png');
const workspace = join(mkdtempSync(join(tmpdir(), 'hotpath-shot-')), 'demo-api');
cpSync(join(repo, 'test-fixtures', 'demo-api'), workspace, { recursive: true });
// The copy has no node_modules: keep TypeScript's own "cannot find module" errors out of the picture.
mkdirSync(join(workspace, '.vscode'));
writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'typescript.validate.enable': false, 'workbench.startupEditor': 'none' }));
const run = await runExtensionTests({
  workspace,
  testsPath: join(repo, 'out', 'test', 'extension', 'screenshot-suite', 'index.js'),
  onLog: async (line, page) => {
    if (line.includes('HOTPATH_SCREENSHOT_READY')) await page.screenshot({ path: output });
  },
});
console.log(run.exitCode === 0 ? `screenshot: ${output}` : run.log.join('\n'));
process.exit(run.exitCode);
