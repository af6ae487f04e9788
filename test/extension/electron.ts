// The same integration suite through @vscode/test-electron, for machines that can download VS Code
// (`npm run test:electron`). CI here has no network beyond the package registries, so `npm test`
// uses the code-server launcher (test/extension/code-server.ts) instead.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const repo = path.resolve(__dirname, '..', '..', '..');
  const workspace = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hotpath-electron-')), 'demo-api');
  fs.cpSync(path.join(repo, 'test-fixtures', 'demo-api'), workspace, { recursive: true });
  await runTests({
    extensionDevelopmentPath: repo,
    extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
