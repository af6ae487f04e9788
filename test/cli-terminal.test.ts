import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { run } from '../src/cli/main';
import { FIXTURES } from './helpers/fixtures';

const DEMO = path.join(FIXTURES, 'demo-api');

/** A stream that records what is written and claims (or not) to be a terminal. */
function stream(isTTY: boolean): Writable & { isTTY: boolean; text: () => string } {
  const chunks: string[] = [];
  const writable = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  }) as Writable & { isTTY: boolean; text: () => string };
  writable.isTTY = isTTY;
  writable.text = () => chunks.join('');
  return writable;
}

describe('hotpath scan on a terminal', function () {
  this.timeout(120_000);

  it('colours the stylish output and shows progress on stderr', () => {
    const stdout = stream(true);
    const stderr = stream(true);
    assert.equal(run(['scan', DEMO], { stdout, stderr, cwd: DEMO, env: {} }), 0);
    assert.match(stdout.text(), /\u001b\[33m/);
    assert.match(stderr.text(), /\[4\/4\] src\//);
  });

  it('never colours with NO_COLOR', () => {
    const stdout = stream(true);
    run(['scan', DEMO], { stdout, stderr: stream(false), cwd: DEMO, env: { NO_COLOR: '1' } });
    assert.doesNotMatch(stdout.text(), /\u001b\[/);
  });
});

describe('the engine stays headless', () => {
  it('src/core never imports vscode and never prints', () => {
    const core = path.resolve(__dirname, '..', '..', 'src', 'core');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts')) {
          const text = fs.readFileSync(full, 'utf8');
          if (/from ['"]vscode['"]|require\(['"]vscode['"]\)|console\.|process\.(stdout|stderr)/.test(text)) offenders.push(full);
        }
      }
    };
    walk(core);
    assert.deepEqual(offenders, []);
  });
});
