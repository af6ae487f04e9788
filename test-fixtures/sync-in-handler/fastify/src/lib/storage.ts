import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

const STORAGE_ROOT = process.env.STORAGE_ROOT ?? '/var/storage';

export function thumbnailName(image: Buffer): string {
  return `${createHash('sha1').update(image).digest('hex')}.png`;
}

export function writeBlob(key: string, data: Buffer): void {
  const file = path.join(STORAGE_ROOT, key);
  fs.mkdirSync(path.dirname(file), { recursive: true }); // expect: sync-in-handler
  fs.writeFileSync(file, data); // expect: sync-in-handler
}
