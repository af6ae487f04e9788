import Fastify from 'fastify';
import { appendFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { exportOrders } from './handlers/export-orders';
import { requireApiKey } from './lib/api-keys';
import usersPlugin from './plugins/users';
import webhooksPlugin from './plugins/webhooks';

const app = Fastify({
  logger: true,
  https: {
    key: readFileSync(process.env.TLS_KEY ?? 'certs/server.key'), // ok: sync-in-handler -- module top level, runs once
    cert: readFileSync(process.env.TLS_CERT ?? 'certs/server.crt'), // ok: sync-in-handler -- module top level, runs once
  },
});

app.addHook('onRequest', async (request) => {
  appendFileSync('/var/log/api/audit.log', `${request.id} ${request.method} ${request.url}\n`); // expect: sync-in-handler
});

// A hook that finishes with `done()`: Fastify refuses an async hook that takes `done`, so no fix.
app.addHook('preHandler', (request, reply, done) => {
  appendFileSync('/var/log/api/handlers.log', `${request.id} ${request.routeOptions.url}\n`); // expect: sync-in-handler
  done();
});

// A route handler Fastify awaits: made async, it answers with the same value.
app.get('/orders/stats', () => {
  const info = statSync('/var/archive/orders'); // expect: sync-in-handler
  return { archived: info.size };
});

// Application hook: runs once when the server is ready, not per request.
app.addHook('onReady', async () => {
  writeFileSync('/tmp/api.ready', new Date().toISOString()); // ok: sync-in-handler -- onReady application hook, runs once
});

app.route({
  method: 'POST',
  url: '/orders/export',
  preHandler: requireApiKey,
  handler: exportOrders,
});

// A list of preHandler hooks: each runs per request.
app.route({
  method: 'GET',
  url: '/orders/archive',
  preHandler: [
    async () => {
      statSync('/var/archive/orders'); // expect: sync-in-handler
    },
  ],
  handler: async () => ({ ok: true }),
});

app.register(usersPlugin, { prefix: '/users' });
app.register(webhooksPlugin, { prefix: '/webhooks' });

async function start(): Promise<void> {
  const banner = readFileSync('banner.txt', 'utf8'); // ok: sync-in-handler -- start() runs once
  await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
  app.log.info(banner);
}

void start();
