import express from 'express';
import { createPool, sql, type DatabasePool } from 'slonik';
import { z } from 'zod';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://app@localhost/app';

let shared: Promise<DatabasePool> | undefined;

/** The process-wide pool, created on first use. */
export function pool(): Promise<DatabasePool> {
  shared ??= createPool(DATABASE_URL); // ok: unpooled-client -- lazy singleton
  return shared;
}

export const app = express();

app.get('/users/:id', async (req, res) => {
  const db = await pool();
  res.json(await db.maybeOne(sql.type(z.object({ id: z.number() }))`SELECT id FROM users WHERE id = ${Number(req.params.id)}`));
});

app.get('/users/:id/audit', async (req, res) => {
  const auditPool = await createPool(process.env.AUDIT_URL ?? DATABASE_URL); // expect: unpooled-client
  try {
    res.json(await auditPool.any(sql.type(z.object({ id: z.number() }))`SELECT id FROM audit WHERE user_id = ${Number(req.params.id)} LIMIT 100`));
  } finally {
    await auditPool.end();
  }
});

async function main(): Promise<void> {
  const migrations = await createPool(DATABASE_URL); // ok: unpooled-client -- main() runs once at startup
  await migrations.query(sql.unsafe`CREATE TABLE IF NOT EXISTS audit (id serial PRIMARY KEY, user_id int NOT NULL)`);
  await migrations.end();
  app.listen(3000);
}

void main();
