import { Router } from 'express';
import { createClient } from 'redis';
import { createClient as createBillingClient } from '../lib/billing-api';
import { REDIS_URL, client } from '../client';
import { getPublisher, makeClient, tenantCache } from '../lib/clients';

export const sessionsRouter = Router();

sessionsRouter.get('/sessions/:id', async (req, res) => {
  const redis = await createClient({ url: REDIS_URL }).connect(); // expect: unpooled-client
  const session = await redis.hGetAll(`session:${req.params.id}`);
  await redis.quit();
  res.json(session);
});

sessionsRouter.get('/sessions/:id/cached', async (req, res) => {
  res.json(await client.hGetAll(`session:${req.params.id}`));
});

sessionsRouter.get('/jobs/:id', async (req, res) => {
  const jobs = makeClient(2); // expect: unpooled-client
  await jobs.connect();
  const status = await jobs.get(`job:${req.params.id}`);
  await jobs.quit();
  res.json({ status });
});

sessionsRouter.post('/sessions/:id/revoke', async (req, res) => {
  const publisher = await getPublisher(); // ok: unpooled-client -- lazy singleton getter
  await publisher.publish('sessions:revoked', req.params.id);
  res.sendStatus(202);
});

sessionsRouter.get('/t/:tenant/flags', async (req, res) => {
  const cache = await tenantCache(req.params.tenant); // ok: unpooled-client -- Map-cached per tenant
  res.json(await cache.hGetAll('flags'));
});

sessionsRouter.get('/customers/:id/invoice', async (req, res) => {
  const billing = createBillingClient(process.env.BILLING_URL ?? 'http://billing', process.env.BILLING_TOKEN ?? ''); // ok: unpooled-client -- a local HTTP createClient, not redis
  res.json(await billing.invoice(req.params.id));
});
