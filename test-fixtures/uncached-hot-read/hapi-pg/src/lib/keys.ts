import { promises as fs } from 'fs';
import * as path from 'path';

const PUBLIC_KEY = path.join(__dirname, '..', 'keys', 'jwt-public.pem');

/** Two calls below the account handlers, in a third file. */
export async function publicKey(): Promise<string> {
  return fs.readFile(PUBLIC_KEY, 'utf8'); // expect: uncached-hot-read
}
