import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { makeThumbnail } from '../lib/thumbnails';

// CLI: one-off backfill after changing the thumbnail size.
const root = process.argv[2] ?? '/var/data/attachments';
for (const ticket of readdirSync(root)) { // ok: sync-in-handler -- CLI script, module top level
  for (const name of readdirSync(path.join(root, ticket))) { // ok: sync-in-handler -- CLI script, module top level
    if (/\.(png|jpe?g)$/i.test(name) && !name.includes('.thumb.')) makeThumbnail(path.join(root, ticket, name));
  }
}
