// Runs inside the VS Code extension host (loaded as `extensionTestsPath`): mocha over the *.itest.js files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  return runSuite(__dirname);
}

/** Mocha over the *.itest.js files of a folder, inside the extension host. */
export function runSuite(folder: string): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, color: false, reporter: 'spec' });
  for (const file of fs.readdirSync(folder).filter((name) => name.endsWith('.itest.js')).sort()) {
    mocha.addFile(path.join(folder, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension test(s) failed`)) : resolve()));
  });
}
