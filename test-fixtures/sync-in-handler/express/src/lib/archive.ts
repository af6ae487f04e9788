import * as fs from 'node:fs';
import { gzipSync } from 'node:zlib';

export function compressCsv(csv: string): Buffer {
  const withBom = `\uFEFF${csv}`;
  return gzipSync(withBom, { level: 9 }); // expect: sync-in-handler
}

/** Only the nightly backup script calls this. */
export function compressBackup(file: string): void {
  const raw = fs.readFileSync(file); // ok: sync-in-handler -- only reached from scripts/backup.ts
  fs.writeFileSync(`${file}.gz`, gzipSync(raw)); // ok: sync-in-handler -- only reached from scripts/backup.ts
}
