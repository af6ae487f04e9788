import * as fs from 'node:fs';
import * as path from 'node:path';

// /tmp survives between invocations of a warm container.
const CACHE_DIR = '/tmp/invoices';

export function cachedPdf(id: string): Buffer | null {
  const file = path.join(CACHE_DIR, `${path.basename(id)}.pdf`);
  if (!fs.existsSync(file)) return null; // expect: sync-in-handler
  return fs.readFileSync(file); // expect: sync-in-handler
}

export function storePdf(id: string, pdf: Buffer): void {
  fs.mkdirSync(CACHE_DIR, { recursive: true }); // expect: sync-in-handler
  fs.writeFileSync(path.join(CACHE_DIR, `${path.basename(id)}.pdf`), pdf); // expect: sync-in-handler
}

/** Only the local smoke-test script calls this. */
export function clearCache(): void {
  for (const name of fs.readdirSync(CACHE_DIR)) fs.rmSync(path.join(CACHE_DIR, name)); // ok: sync-in-handler -- only reached from scripts/smoke-test.ts
}
