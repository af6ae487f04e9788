import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { gzipCsv } from '../lib/csv';

export async function monthlyReport(month: string): Promise<Buffer> {
  const rows = JSON.parse(await readFile(path.join(process.cwd(), 'data', `${path.basename(month)}.json`), 'utf8')); // ok: sync-in-handler -- fs/promises, async
  return gzipCsv(rows as Array<Record<string, string | number>>);
}
