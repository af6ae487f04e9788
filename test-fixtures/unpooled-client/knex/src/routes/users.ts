import { Router } from 'express';
import knex from 'knex';
import { db } from '../db';
import { createTenantDb, reportingDb, tenantDb } from '../lib/tenant-db';
import { exportUsers } from '../services/export.service';
import type { UserRow } from '../types';

export const usersRouter = Router();

usersRouter.get('/users/:id', async (req, res) => {
  const user = await db<UserRow>('users').where({ id: Number(req.params.id) }).first(); // ok: unpooled-client -- a query on the module-level instance
  res.json(user ?? null);
});

usersRouter.get('/users/:id/audit', async (req, res) => {
  const auditDb = knex({ client: 'pg', connection: process.env.AUDIT_URL }); // expect: unpooled-client
  const rows = await auditDb('audit_log').where({ user_id: Number(req.params.id) }).orderBy('at', 'desc').limit(100);
  await auditDb.destroy();
  res.json(rows);
});

usersRouter.post('/tenants/:tenant/users', async (req, res) => {
  const tenant = createTenantDb(`postgres://app@db/${req.params.tenant}`); // expect: unpooled-client
  const [id] = await tenant('users').insert({ email: req.body.email, name: req.body.name }).returning('id');
  await tenant.destroy();
  res.status(201).json(id);
});

usersRouter.get('/t/:tenant/users', async (req, res) => {
  const users = await tenantDb(req.params.tenant)<UserRow>('users').whereNull('deleted_at').limit(50); // ok: unpooled-client -- Map-cached per tenant
  res.json(users);
});

usersRouter.get('/reports/signups', async (_req, res) => {
  const rows = await reportingDb()('users').count('id as n').groupByRaw('date_trunc(\'week\', created_at)'); // ok: unpooled-client -- lazy singleton getter
  res.json(rows);
});

usersRouter.get('/exports/users', async (req, res) => {
  res.json(await exportUsers(new Date(String(req.query.since ?? '1970-01-01'))));
});
