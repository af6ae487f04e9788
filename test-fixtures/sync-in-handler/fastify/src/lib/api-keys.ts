import type { FastifyReply, FastifyRequest } from 'fastify';
import { scrypt, scryptSync, timingSafeEqual } from 'node:crypto';

const SALT = process.env.API_KEY_SALT ?? 'api-key-salt';
const KNOWN_KEY_HASHES = new Set((process.env.API_KEY_HASHES ?? '').split(',').filter(Boolean));

export function hashApiKey(key: string): string {
  return scryptSync(key, SALT, 32).toString('hex'); // expect: sync-in-handler
}

/** preHandler of the export route. */
export async function requireApiKey(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const key = request.headers['x-api-key'];
  if (typeof key !== 'string' || !KNOWN_KEY_HASHES.has(hashApiKey(key))) {
    await reply.code(401).send({ error: 'invalid api key' });
  }
}

/** The non-blocking variant, used by the webhook routes. */
export function hashApiKeyAsync(key: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(key, SALT, 32, (err, derived) => (err ? reject(err) : resolve(derived))); // ok: sync-in-handler -- callback form, runs on the libuv pool
  });
}

export function sameHash(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
