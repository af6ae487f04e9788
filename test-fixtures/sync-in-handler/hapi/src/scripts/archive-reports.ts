import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';

const REPORT_DIR = '/var/data/reports';

// CLI, run by cron at night: compresses the plain JSON reports the old version wrote.
function main(): void {
  for (const name of readdirSync(REPORT_DIR)) { // ok: sync-in-handler -- CLI script
    if (!name.endsWith('.json')) continue;
    const file = path.join(REPORT_DIR, name);
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file))); // ok: sync-in-handler -- CLI script
  }
}

main();
