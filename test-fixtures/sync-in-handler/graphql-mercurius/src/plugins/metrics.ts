import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';

export default async function metricsPlugin(app: FastifyInstance): Promise<void> {
  const labels = JSON.parse(readFileSync('config/metric-labels.json', 'utf8')); // ok: sync-in-handler -- plugin body, runs once at startup
  let served = 0;

  app.addHook('onResponse', async () => {
    served += 1;
  });

  app.get('/metrics', async () => `requests_total{service="${labels.service}"} ${served}\n`);
}
