import type { CreateHTTPContextOptions } from '@trpc/server/adapters/standalone';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const SESSION_DIR = process.env.SESSION_DIR ?? '/var/sessions';

/** Runs for every request: the adapter builds a fresh context per call. */
export function createContext({ req }: CreateHTTPContextOptions) {
  const sid = /sid=([\w-]+)/.exec(req.headers.cookie ?? '')?.[1];
  let userId: string | null = null;
  if (sid) {
    try {
      userId = JSON.parse(readFileSync(path.join(SESSION_DIR, `${sid}.json`), 'utf8')).userId; // expect: sync-in-handler
    } catch {
      userId = null;
    }
  }
  return { userId };
}

export type Context = ReturnType<typeof createContext>;
