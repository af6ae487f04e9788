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

let reporting: Promise<DatabasePool> | undefined;

/** The reporting pool: created on first use, forgotten if creating it fails so the next call retries. */
export function reportingPool(): Promise<DatabasePool> {
  if (reporting === undefined) {
    reporting = createPool(process.env.REPORTING_URL ?? DATABASE_URL).catch((error: unknown) => { // ok: unpooled-client -- lazy singleton (with a retry on failure)
      reporting = undefined;
      throw error;
    });
  }
  return reporting;
}

app.get('/reports/daily', async (_req, res) => {
  const db = await reportingPool();
  res.json(await db.any(sql.type(z.object({ day: z.string() }))`SELECT day FROM daily_reports ORDER BY day DESC LIMIT 30`));
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
