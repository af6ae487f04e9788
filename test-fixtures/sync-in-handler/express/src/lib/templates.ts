import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const TEMPLATE_DIR = path.join(__dirname, '..', '..', 'templates');

/** Called by the admin invite route and by the weekly digest script. */
export function renderTemplate(name: string, vars: Record<string, string>): string {
  const source = readFileSync(path.join(TEMPLATE_DIR, `${name}.html`), 'utf8'); // expect: sync-in-handler
  return source.replace(/\{\{(\w+)\}\}/g, (_, key: string) => vars[key] ?? '');
}
