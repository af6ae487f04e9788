import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { writeTempHtml } from './temp-files';

export function renderHtmlToPdf(html: string, name: string): Buffer {
  const input = writeTempHtml(html, name);
  return execFileSync('wkhtmltopdf', ['--quiet', input, '-']); // expect: sync-in-handler
}

/** Used by scripts/render-sample.ts to check the toolchain on a new machine. */
export async function renderSample(): Promise<void> {
  const out = path.join(tmpdir(), 'sample.pdf');
  await writeFile(out, execFileSync('wkhtmltopdf', ['--quiet', 'https://example.com', '-'])); // ok: sync-in-handler -- only reached from a CLI script
}
