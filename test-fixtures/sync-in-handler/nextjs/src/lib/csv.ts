import { gzipSync } from 'node:zlib';

export function toCsv(rows: Array<Record<string, string | number>>): string {
  const columns = Object.keys(rows[0] ?? {});
  return [columns.join(','), ...rows.map((row) => columns.map((column) => JSON.stringify(row[column] ?? '')).join(','))].join('\n');
}

export function gzipCsv(rows: Array<Record<string, string | number>>): Buffer {
  return gzipSync(toCsv(rows)); // expect: sync-in-handler
}
