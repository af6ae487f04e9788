import { client } from '../client';

/** v5 scanIterator yields each SCAN page as an array of keys. */
export async function purgeSessions(): Promise<number> {
  let removed = 0;
  for await (const keys of client.scanIterator({ MATCH: 'session:*', COUNT: 500 })) { // ok: query-in-loop -- SCAN iterator
    if (keys.length > 0) removed += await client.unlink(keys); // ok: query-in-loop -- one UNLINK per SCAN page
  }
  return removed;
}

export async function listFlags(): Promise<string[]> {
  const names: string[] = [];
  let cursor = '0';
  do {
    const reply = await client.scan(cursor, { MATCH: 'flag:*', COUNT: 100 }); // ok: query-in-loop -- cursor pagination
    cursor = String(reply.cursor);
    names.push(...reply.keys.map((key) => key.slice('flag:'.length))); // ok: query-in-loop -- no I/O
  } while (cursor !== '0');
  return names;
}
