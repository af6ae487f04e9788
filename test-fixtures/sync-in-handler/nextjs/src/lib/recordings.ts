import { gzipSync } from 'node:zlib';
import { CLICKHOUSE, PRISMA, runQuery } from './run-query';

const stored: Buffer[] = [];

export function saveRecording(events: unknown[]): Promise<number> {
  return runQuery({
    [PRISMA]: () => {
      stored.push(gzipSync(JSON.stringify(events))); // expect: sync-in-handler
      return stored.length;
    },
    [CLICKHOUSE]: async () => stored.length,
  });
}
