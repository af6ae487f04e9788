import Fastify from 'fastify';
import { readFileSync } from 'node:fs';
import { db } from './db';
import { startRateRefresh } from './jobs/refresh-rates';
import { activePlans } from './lib/plan-cache';
import { adminRoutes } from './routes/admin';
import { catalogRoutes } from './routes/catalog';
import { invoiceRoutes } from './routes/invoices';

const https = process.env.TLS_KEY_FILE
  ? { key: readFileSync(process.env.TLS_KEY_FILE), cert: readFileSync(process.env.TLS_CERT_FILE ?? 'certs/server.crt') } // ok: uncached-hot-read -- module top level
  : null;

export const app = Fastify({ logger: true, ...(https ? { https } : {}) });

/** Feature flags, read again before every request. */
app.addHook('onRequest', async (request) => {
  const enabled: string[] = await db('feature_flags').where({ enabled: true }).pluck('name'); // expect: uncached-hot-read
  request.log.debug({ enabled }, 'flags');
});

app.register(catalogRoutes);
app.register(adminRoutes);
app.register(invoiceRoutes, { prefix: '/billing' });

async function main(): Promise<void> {
  await activePlans();
  const [{ count }] = await db('countries').count({ count: '*' }); // ok: uncached-hot-read -- main(), runs once at startup
  app.log.info(`${count} countries`);
  startRateRefresh();
  await app.listen({ port: Number(process.env.PORT ?? 3000) });
}

main().catch((error) => {
  app.log.error(error);
  process.exit(1);
});
