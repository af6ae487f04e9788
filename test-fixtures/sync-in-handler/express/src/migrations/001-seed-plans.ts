import { readFileSync } from 'node:fs';
import * as path from 'node:path';

interface MigrationContext {
  query(sql: string): Promise<unknown>;
}

// Run by the migration tool before deploys, never by a request.
export async function up(db: MigrationContext): Promise<void> {
  const sql = readFileSync(path.join(__dirname, '001-seed-plans.sql'), 'utf8'); // ok: sync-in-handler -- migration
  await db.query(sql);
}

export async function down(db: MigrationContext): Promise<void> {
  await db.query('DELETE FROM plans');
}
