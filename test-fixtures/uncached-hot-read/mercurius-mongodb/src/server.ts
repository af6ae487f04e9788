import 'reflect-metadata';
import Fastify, { type FastifyRequest } from 'fastify';
import mercurius from 'mercurius';
import { buildSchema } from 'type-graphql';
import { client, countries, settings } from './mongo';
import { AccountResolver } from './resolvers/account.resolver';
import { CatalogResolver } from './resolvers/catalog.resolver';
import { statusResolvers, statusSchema } from './resolvers/status';

const context = (request: FastifyRequest) => ({
  accountId: typeof request.headers['x-account-id'] === 'string' ? request.headers['x-account-id'] : null,
});

async function main(): Promise<void> {
  await client.connect();
  await countries.createIndex({ code: 1 }, { unique: true });
  const banner = await settings.findOne({ key: 'banner' }); // ok: uncached-hot-read -- main(), runs once at startup
  const app = Fastify({ logger: true });
  app.log.info(`banner: ${banner?.value ?? 'none'}`);
  const schema = await buildSchema({ resolvers: [CatalogResolver, AccountResolver] });
  // Two GraphQL endpoints, each in its own encapsulated plugin: the type-graphql API and the SDL-first status API.
  await app.register(async (api) => {
    await api.register(mercurius, { schema, context, path: '/graphql' });
  });
  await app.register(async (status) => {
    await status.register(mercurius, { schema: statusSchema, resolvers: statusResolvers, path: '/status/graphql' });
  });
  await app.listen({ port: Number(process.env.PORT ?? 4000) });
}

void main();
