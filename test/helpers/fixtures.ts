import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The repository's test-fixtures folder (tests run from out/test/...). */
export const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test-fixtures');

/**
 * Expectations written beside the code, at the end of the line where a finding must start:
 *   await prisma.user.findUnique({ where: { id } }); // expect: query-in-loop
 *   await prisma.user.findMany({ where: { id: { in: ids } } }); // ok: query-in-loop -- batched
 * `expect` lines must get exactly that finding; `ok` lines are near misses that must get none.
 */
export interface Marker {
  file: string;
  line: number;
  ruleId: string;
  kind: 'expect' | 'ok';
}

const MARKER = /\/\/\s*(expect|ok):\s*([a-z][\w-]*(?:\s*,\s*[a-z][\w-]*)*)/g;

export function readMarkers(root: string): Marker[] {
  const markers: Marker[] = [];
  for (const file of sourceFilesUnder(root)) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.forEach((text, index) => {
      for (const match of text.matchAll(MARKER)) {
        for (const ruleId of match[2].split(',').map((id) => id.trim())) {
          markers.push({ file, line: index + 1, ruleId, kind: match[1] as 'expect' | 'ok' });
        }
      }
    });
  }
  return markers;
}

export function sourceFilesUnder(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(c|m)?(t|j)sx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  };
  walk(root);
  return files.sort();
}

/**
 * Copies a fixture project where no node_modules can be found above it, so the engine has to
 * resolve libraries from imports alone (the fallback path used on repositories without installs).
 */
export function copyWithoutNodeModules(source: string): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'hotpath-untyped-'));
  const destination = path.join(target, path.basename(source));
  fs.cpSync(source, destination, { recursive: true, filter: (file) => !file.split(path.sep).includes('node_modules') });
  return destination;
}

export function typingsInstalled(): boolean {
  return fs.existsSync(path.join(FIXTURES, 'node_modules', '@prisma', 'client')) && fs.existsSync(path.join(FIXTURES, 'node_modules', '.prisma', 'client', 'index.d.ts'));
}
