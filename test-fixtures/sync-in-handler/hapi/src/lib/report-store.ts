import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

const REPORT_DIR = '/var/data/reports';

export function readReport(id: string): { generatedAt: string; rows: unknown[] } {
  const compressed = fs.readFileSync(path.join(REPORT_DIR, `${path.basename(id)}.json.gz`)); // expect: sync-in-handler
  const json = zlib.gunzipSync(compressed).toString('utf8'); // expect: sync-in-handler
  return JSON.parse(json);
}
