import { db, runQuery } from '../lib/db';

export async function syncAccounts(accountIds: string[]) {
  for (const id of accountIds) {
    await runQuery('UPDATE accounts SET synced_at = now() WHERE id = $1', [id]);
  }
  for (const id of accountIds) {
    await db.one('SELECT * FROM accounts WHERE id = $1', [id]);
  }
  for (const chunk of chunksOf(accountIds, 500)) {
    await db.many('SELECT * FROM accounts WHERE id = ANY($1)', [chunk]);
  }
}

function chunksOf<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
