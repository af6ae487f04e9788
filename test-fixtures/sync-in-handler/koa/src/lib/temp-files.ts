import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export function writeTempHtml(html: string, name: string): string {
  const file = path.join(tmpdir(), `${name}-${process.hrtime.bigint()}.html`);
  writeFileSync(file, html); // expect: sync-in-handler
  return file;
}
