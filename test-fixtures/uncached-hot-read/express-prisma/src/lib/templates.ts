import { readFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';

const TEMPLATES = path.join(__dirname, '..', 'templates');
const INVITE_TEMPLATE = path.join(TEMPLATES, 'invite.html');

/** Read at module load: once per process. */
export const FOOTER = readFileSync(path.join(TEMPLATES, 'footer.html'), 'utf8'); // ok: uncached-hot-read -- module top level

/** Two calls below the /invites handler, in a third file. */
export async function inviteTemplate(): Promise<string> {
  const body = await fsp.readFile(INVITE_TEMPLATE, 'utf8'); // expect: uncached-hot-read
  return body + FOOTER;
}
