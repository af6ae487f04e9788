import { writeFileSync } from 'node:fs';
import { readJsonFile } from '../lib/catalog-files';

// CLI: dumps the catalog index for the marketing site build.
const index = readJsonFile<Record<string, string>>('index.json') ?? {};
writeFileSync('catalog-export.json', JSON.stringify(index, null, 2)); // ok: sync-in-handler -- CLI script, module top level
