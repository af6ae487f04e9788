import * as fs from 'node:fs';
import * as path from 'node:path';

export function loadDocument(root: string, id: string): { id: string; body: string } | null {
  const file = path.join(root, `${path.basename(id)}.json`);
  if (!fs.existsSync(file)) return null; // expect: sync-in-handler
  return { id, body: fs.readFileSync(file, 'utf8') }; // expect: sync-in-handler
}

export function storeDocument(root: string, source: string, body: string): void {
  fs.writeFileSync(path.join(root, path.basename(source)), body); // expect: sync-in-handler
}
