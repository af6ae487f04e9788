import { Router } from 'express';
import { Client, Pool } from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import { pool } from '../db';
import type { UserRow } from '../db';
import { withClient } from '../lib/with-client';
import { poolForTenant } from '../tenants';
import { Pool as WorkerPool } from '../worker-pool';

interface Database {
  users: UserRow;
}

export const usersRouter = Router();

usersRouter.get('/users/:id', async (req, res) => {
  const client = new Client({ connectionString: process.env.DATABASE_URL }); // expect: unpooled-client
  await client.connect();
  const { rows } = await client.query<UserRow>('SELECT id, email, name FROM users WHERE id = $1', [req.params.id]);
  await client.end();
  res.json(rows[0] ?? null);
});

usersRouter.get('/users', async (_req, res) => {
  const perRequest = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 }); // expect: unpooled-client
  const { rows } = await perRequest.query<UserRow>('SELECT id, email, name FROM users ORDER BY id LIMIT 50');
  await perRequest.end();
  res.json(rows);
});

usersRouter.post('/users/:id/rename', async (req, res) => {
  const client = await pool.connect(); // ok: unpooled-client -- checks a connection out of the shared pool, released below
  try {
    await client.query('BEGIN');
    await client.query('UPDATE users SET name = $1 WHERE id = $2', [req.body.name, req.params.id]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  res.sendStatus(204);
});

usersRouter.get('/users/:id/locks', async (req, res) => {
  const locks = await withClient((client) => client.query('SELECT * FROM pg_locks WHERE pid = $1', [req.params.id]));
  res.json(locks.rows);
});

usersRouter.get('/t/:tenant/users', async (req, res) => {
  const tenantPool = poolForTenant(req.params.tenant); // ok: unpooled-client -- Map-cached per tenant
  const { rows } = await tenantPool.query<UserRow>('SELECT id, email, name FROM users LIMIT 50');
  res.json(rows);
});

usersRouter.get('/orm/users', async (_req, res) => {
  const orm = drizzle(pool); // ok: unpooled-client -- wraps the module-level pool
  const result = await orm.execute('SELECT id, email FROM users LIMIT 10');
  res.json(result.rows);
});

usersRouter.get('/kysely/users', async (_req, res) => {
  const kdb = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }); // ok: unpooled-client -- wraps the module-level pool
  res.json(await kdb.selectFrom('users').select(['id', 'email']).limit(10).execute());
});

usersRouter.post('/avatars', async (req, res) => {
  const workers = new WorkerPool(2); // ok: unpooled-client -- a local worker Pool class, not pg
  const sizes = await workers.run(async () => [64, 128, 256].map((size) => `${req.body.key}@${size}`));
  res.json(sizes);
});
