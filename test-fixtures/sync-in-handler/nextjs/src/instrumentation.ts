import { mkdirSync, writeFileSync } from 'node:fs';

// Next.js calls register() once, when the server process starts.
export async function register(): Promise<void> {
  mkdirSync('/tmp/next-app', { recursive: true }); // ok: sync-in-handler -- instrumentation register(), runs once at startup
  writeFileSync('/tmp/next-app/started-at', new Date().toISOString()); // ok: sync-in-handler -- instrumentation register(), runs once at startup
}
