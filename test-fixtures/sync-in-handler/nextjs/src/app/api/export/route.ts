import * as fs from 'node:fs';
import * as path from 'node:path';
import { deflateSync } from 'node:zlib';

export const dynamic = 'force-dynamic';

const DATA_DIR = path.join(process.cwd(), 'data');
const CSV_HEADER = fs.readFileSync(path.join(DATA_DIR, 'export-header.csv'), 'utf8'); // ok: sync-in-handler -- module top level, runs once per server

export async function GET(request: Request): Promise<Response> {
  const month = new URL(request.url).searchParams.get('month') ?? '2024-01';
  const body = fs.readFileSync(path.join(DATA_DIR, `${path.basename(month)}.csv`), 'utf8'); // expect: sync-in-handler
  return new Response(CSV_HEADER + body, { headers: { 'Content-Type': 'text/csv' } });
}

export async function POST(request: Request): Promise<Response> {
  const rows = (await request.json()) as unknown[];
  const packed = deflateSync(JSON.stringify(rows)); // expect: sync-in-handler
  await fs.promises.writeFile(path.join(DATA_DIR, `upload-${Date.now()}.bin`), packed); // ok: sync-in-handler -- fs.promises, async
  return Response.json({ bytes: packed.length });
}
