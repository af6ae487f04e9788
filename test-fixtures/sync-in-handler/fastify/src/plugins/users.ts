import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { saveAvatar } from '../services/avatar-service';
import { findUser } from '../services/user-service';

export default async function usersPlugin(fastify: FastifyInstance): Promise<void> {
  // The plugin body runs once, when the plugin is registered at startup.
  const userSchema = JSON.parse(readFileSync(path.join(__dirname, 'user.schema.json'), 'utf8')); // ok: sync-in-handler -- plugin body, runs once at startup

  fastify.get<{ Params: { id: string } }>('/:id', { schema: { response: { 200: userSchema } } }, async (request, reply) => {
    const user = await findUser(request.params.id);
    return user ?? reply.code(404).send();
  });

  fastify.put<{ Params: { id: string }; Body: { image: string } }>('/:id/avatar', async (request) => {
    const url = await saveAvatar(request.params.id, Buffer.from(request.body.image, 'base64'));
    return { url };
  });
}
