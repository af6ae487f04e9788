import { readFileSync } from 'node:fs';
import { clearCache } from '../lib/pdf-cache';

// Local CLI: replays a recorded API Gateway event against a clean cache.
async function main(): Promise<void> {
  clearCache();
  const event = JSON.parse(readFileSync(process.argv[2] ?? 'events/get-invoice.json', 'utf8')); // ok: sync-in-handler -- CLI script
  const { handler } = await import('../handlers/get-invoice');
  console.log(await handler(event));
}

void main();
