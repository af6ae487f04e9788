import { Router } from 'express';
import { PrismaClient } from '@prisma/client';
import { createPrismaClient, reportingClient } from '../lib/client-factory';
import { auditDb, db } from '../lib/prisma';
import { clientForTenant, sharedClient } from '../lib/tenants';
import { recordAudit } from '../services/audit';
import { findUserByEmail, withoutDeleted } from '../services/user-service';

export const usersRouter = Router();

usersRouter.get('/users/:id', async (req, res) => {
  const prisma = new PrismaClient({ accelerateUrl: process.env.ACCELERATE_URL ?? 'prisma://localhost' }); // expect: unpooled-client
  const user = await prisma.user.findUnique({ where: { id: req.params.id } });
  res.json(user);
});

usersRouter.get('/users/by-email/:email', async (req, res) => {
  res.json(await findUserByEmail(req.params.email));
});

usersRouter.get('/reports/plans', async (_req, res) => {
  const reports = createPrismaClient({ url: process.env.REPORTING_ACCELERATE_URL }); // expect: unpooled-client
  const counts = await reports.user.groupBy({ by: ['plan'], _count: true });
  res.json(counts);
});

usersRouter.get('/reports/orders', async (_req, res) => {
  const reports = reportingClient(); // ok: unpooled-client -- returns the lazily created singleton
  res.json(await reports.order.count());
});

usersRouter.put('/users/:id/name', async (req, res) => {
  const user = await db.user.update({ where: { id: req.params.id }, data: { name: String(req.body.name) } });
  await recordAudit(`user:${user.id}:name`, user.name ?? '');
  res.json(user);
});

usersRouter.get('/t/:tenant/users', async (req, res) => {
  const tenantDb = clientForTenant(req.params.tenant); // ok: unpooled-client -- Map-cached per tenant
  res.json(await tenantDb.user.findMany({ take: 50 }));
});

usersRouter.get('/posts', async (_req, res) => {
  const visible = withoutDeleted(); // ok: unpooled-client -- returns $extends over the shared client
  res.json(await visible.post.findMany({ take: 20 }));
});

usersRouter.get('/audit/:key', async (req, res) => {
  const audit = auditDb(); // ok: unpooled-client -- globalThis singleton getter
  const shared = sharedClient(); // ok: unpooled-client -- lazy singleton getter
  const [setting, users] = await Promise.all([audit.setting.findUnique({ where: { key: req.params.key } }), shared.user.count()]);
  res.json({ setting, users });
});
