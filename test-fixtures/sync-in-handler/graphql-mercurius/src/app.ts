import Fastify from 'fastify';
import mercurius from 'mercurius';
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { resolvers } from './graphql/resolvers';
import metricsPlugin from './plugins/metrics';

const schema = readFileSync(path.join(__dirname, 'graphql', 'schema.graphql'), 'utf8'); // ok: sync-in-handler -- module top level, runs once

export const app = Fastify({ logger: true });

app.register(mercurius, { schema, resolvers, graphiql: process.env.NODE_ENV !== 'production' });
app.register(metricsPlugin);

app.get('/healthz', async () => {
  const catalog = statSync('/var/data/catalog'); // expect: sync-in-handler
  return { ok: catalog.isDirectory() };
});

app.listen({ port: Number(process.env.PORT ?? 4000) }, (err) => {
  if (err) throw err;
  if (!statSync('/var/data/catalog').isDirectory()) app.log.warn('catalog directory missing'); // ok: sync-in-handler -- listen callback, runs once
});
