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

export enum TemplateFormat {
  Html = 'html',
  Text = 'txt',
}

/**
 * From Unleash's EmailService: the path is built from the parameters, and every call passes
 * constants, so each e-mail reads the same two files again.
 */
export async function compileTemplate(name: string, format: TemplateFormat): Promise<string> {
  const file = path.join(TEMPLATES, name, `${name}.${format}`);
  return fsp.readFile(file, 'utf8'); // expect: uncached-hot-read
}

/** One caller passes the name from the request: the path is not the same on every call. */
export async function renderPage(name: string): Promise<string> {
  return fsp.readFile(path.join(TEMPLATES, 'pages', `${name}.html`), 'utf8'); // ok: uncached-hot-read -- one caller passes the request's page name
}
