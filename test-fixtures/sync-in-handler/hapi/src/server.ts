import * as Hapi from '@hapi/hapi';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { routes } from './routes';
import { keysPlugin } from './routes/keys';

async function init(): Promise<void> {
  const server = Hapi.server({
    port: Number(process.env.PORT ?? 3000),
    tls: {
      key: readFileSync(process.env.TLS_KEY ?? 'certs/server.key'), // ok: sync-in-handler -- init() runs once at startup
      cert: readFileSync(process.env.TLS_CERT ?? 'certs/server.crt'), // ok: sync-in-handler -- init() runs once at startup
    },
  });

  // Server extension point: runs once, before the server starts listening.
  server.ext('onPreStart', () => {
    mkdirSync('/var/data/reports', { recursive: true }); // ok: sync-in-handler -- onPreStart runs once at startup
  });

  // Request lifecycle extension: runs for every request.
  server.ext('onRequest', (request, h) => {
    appendFileSync('/var/log/api/requests.log', `${request.info.id} ${request.method} ${request.path}\n`); // expect: sync-in-handler
    return h.continue;
  });

  server.route(routes);
  await server.register({ plugin: keysPlugin, options: { issuer: 'api' } });
  await server.start();
}

void init();
