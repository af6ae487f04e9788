import Hapi from '@hapi/hapi';
import { readFileSync } from 'fs';
import * as path from 'path';
import { pool } from './db';
import { accountRoutes } from './routes/account';
import { referenceRoutes } from './routes/reference';

const tls = process.env.TLS === '1' ? { key: readFileSync(path.join(__dirname, 'keys', 'server.key')), cert: readFileSync(path.join(__dirname, 'keys', 'server.crt')) } : undefined; // ok: uncached-hot-read -- module top level

export async function init(): Promise<Hapi.Server> {
  const server = Hapi.server({ port: Number(process.env.PORT ?? 3000), tls });

  // Runs before every handler.
  server.ext('onPreHandler', async (_request, h) => {
    const { rows } = await pool.query("SELECT value FROM settings WHERE key = 'maintenance'"); // expect: uncached-hot-read
    if (rows[0]?.value === 'on') return h.response({ message: 'maintenance' }).code(503).takeover();
    return h.continue;
  });

  server.route(referenceRoutes);
  server.route(accountRoutes);

  const { rows } = await pool.query('SELECT count(*) AS n FROM countries'); // ok: uncached-hot-read -- init(), runs once at startup
  server.log(['startup'], `${rows[0].n} countries`);
  await server.start();
  return server;
}

void init();
