import { readFile } from 'node:fs/promises';
import * as path from 'node:path';

const DATA_DIR = process.env.DATA_DIR ?? '/var/data';

export async function findUser(id: string): Promise<{ id: string; name: string } | null> {
  try {
    const raw = await readFile(path.join(DATA_DIR, 'users', `${path.basename(id)}.json`), 'utf8'); // ok: sync-in-handler -- fs/promises, async
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
