import { readFileSync } from 'node:fs';
import { renderTemplate } from '../lib/templates';

// CLI: `node dist/scripts/send-digest.js recipients.txt`, run weekly by cron.
function main(): void {
  const recipients = readFileSync(process.argv[2] ?? 'recipients.txt', 'utf8').split('\n').filter(Boolean); // ok: sync-in-handler -- CLI script, no handler reaches it
  for (const email of recipients) {
    console.log(renderTemplate('digest', { email }));
  }
}

main();
