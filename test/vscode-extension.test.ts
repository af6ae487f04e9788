import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ALL_RULES } from '../rules';
import { installExtension, runExtensionTests, toolsInstalled } from './extension/code-server';
import { FIXTURES } from './helpers/fixtures';

describe('the VS Code extension, in a real extension host (code-server + headless Chromium)', function () {
  this.timeout(420_000);

  it('passes its integration suite (test/extension/suite)', async () => {
    assert.ok(toolsInstalled(), 'code-server, Node 24 or chromium missing: run `npm run setup-vscode-test`');
    assert.ok(fs.existsSync(path.resolve(__dirname, '..', '..', 'dist', 'extension.js')), 'dist/extension.js missing: run `npm run build`');
    // The suite edits files: it works on a copy of the demo backend.
    const workspace = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hotpath-vscode-')), 'demo-api');
    fs.cpSync(path.join(FIXTURES, 'demo-api'), workspace, { recursive: true });
    const run = await runExtensionTests({ workspace, testsPath: path.join(__dirname, 'extension', 'suite', 'index.js') });
    const report = run.log.filter((line) => !/Failed to load resource|net::ERR_|ERR_INTERNET_DISCONNECTED/.test(line));
    if (run.exitCode !== 0) console.log(report.join('\n'), run.screenshot ? `\nscreenshot: ${run.screenshot}` : '');
    assert.equal(run.exitCode, 0, 'the extension tests failed (log above)');
    assert.ok(report.some((line) => /passing/.test(line)), 'mocha reported no passing tests');
  });
});

describe('npm run package', function () {
  this.timeout(420_000);

  it('produces a .vsix that installs into that VS Code and shows squiggles on the demo backend', async () => {
    assert.ok(toolsInstalled(), 'code-server, Node 24 or chromium missing: run `npm run setup-vscode-test`');
    const repo = path.resolve(__dirname, '..', '..');
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hotpath-vsix-'));
    const vsix = path.join(scratch, 'hotpath.vsix');
    const packaged = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, npm_config_yes: 'true' },
    });
    assert.equal(packaged.status, 0, packaged.stdout + packaged.stderr);
    const listing = spawnSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).sort();
    const ruleDocs = ALL_RULES.map((rule) => `extension/rules/${rule.meta.id}.md`);
    assert.deepEqual(listing, [
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/dist/cli.js',
      'extension/dist/extension.js',
      'extension/dist/server.js',
      'extension/images/icon.png',
      'extension/package.json',
      'extension/readme.md',
      ...ruleDocs,
      'extension/schema/hotpath.schema.json',
    ].sort());
    const extensionsDir = path.join(scratch, 'extensions');
    assert.match(installExtension(vsix, extensionsDir), /was successfully installed/);
    assert.ok(fs.readdirSync(extensionsDir).some((name) => name.startsWith('hotpath.hotpath-')), fs.readdirSync(extensionsDir).join(', '));
    const workspace = path.join(scratch, 'demo-api');
    fs.cpSync(path.join(FIXTURES, 'demo-api'), workspace, { recursive: true });
    const run = await runExtensionTests({
      workspace,
      extensionsDir,
      extensionPath: path.join(FIXTURES, 'vscode', 'empty-extension'),
      testsPath: path.join(__dirname, 'extension', 'vsix-suite', 'index.js'),
    });
    const report = run.log.filter((line) => !/Failed to load resource|net::ERR_/.test(line));
    if (run.exitCode !== 0) console.log(report.join('\n'));
    assert.equal(run.exitCode, 0, 'the installed extension did not show the diagnostics (log above)');
  });
});
