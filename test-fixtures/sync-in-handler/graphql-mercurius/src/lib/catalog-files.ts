import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const CATALOG_DIR = '/var/data/catalog';

export function stockFilePath(sku: string): string {
  return path.join(CATALOG_DIR, 'stock', `${path.basename(sku)}.json`);
}

export function readJsonFile<T>(relative: string): T | null {
  try {
    return JSON.parse(readFileSync(path.join(CATALOG_DIR, relative), 'utf8')); // expect: sync-in-handler
  } catch {
    return null;
  }
}
