import * as fsp from 'fs/promises';
import * as path from 'node:path';
import { compressCsv } from '../lib/archive';

const REPORT_DIR = process.env.REPORT_DIR ?? '/var/reports';

export async function buildExport(id: string): Promise<Buffer> {
  const csv = await fsp.readFile(path.join(REPORT_DIR, `${path.basename(id)}.csv`), 'utf8'); // ok: sync-in-handler -- fs/promises, async
  return compressCsv(csv);
}
