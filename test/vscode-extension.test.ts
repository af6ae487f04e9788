import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runExtensionTests, toolsInstalled } from './extension/code-server';
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
