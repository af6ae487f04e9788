import type { FastifyInstance } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { hashApiKeyAsync, sameHash } from '../lib/api-keys';

const MAINTENANCE_FLAG = '/etc/api/maintenance';

export default async function webhooksPlugin(fastify: FastifyInstance): Promise<void> {
  const secrets = readFileSync('/etc/api/webhook-secrets', 'utf8').split('\n'); // ok: sync-in-handler -- plugin body, runs once at startup
  const expected = await Promise.all(secrets.filter(Boolean).map((secret) => hashApiKeyAsync(secret)));

  // Hook registered inside the plugin: runs before every route of this plugin.
  fastify.addHook('preHandler', async (request, reply) => {
    if (existsSync(MAINTENANCE_FLAG)) { // expect: sync-in-handler
      await reply.code(503).send({ error: 'maintenance' });
    }
  });

  fastify.post<{ Body: { data: string }; Headers: { 'x-webhook-secret': string } }>('/github', async (request) => {
    const provided = await hashApiKeyAsync(request.headers['x-webhook-secret']);
    if (!expected.some((hash) => sameHash(hash, provided))) return { accepted: false };
    const event = JSON.parse(inflateSync(Buffer.from(request.body.data, 'base64')).toString('utf8')); // expect: sync-in-handler
    return { accepted: true, type: event.type };
  });
}
