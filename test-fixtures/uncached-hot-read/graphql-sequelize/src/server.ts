import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { sequelize } from './db';
import { Plan, User } from './models';
import { resolvers } from './resolvers';
import { typeDefs } from './schema';
import type { Context } from './services/users';

async function main(): Promise<void> {
  await sequelize.authenticate();
  const plans = await Plan.count(); // ok: uncached-hot-read -- main(), runs once at startup
  const server = new ApolloServer<Context>({ typeDefs, resolvers });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT ?? 4000) },
    context: async ({ req }) => {
      const apiKey = req.headers['x-api-key'];
      const user = typeof apiKey === 'string' ? await User.findOne({ where: { apiKey } }) : null; // ok: uncached-hot-read -- depends on the request
      return { userId: user?.id ?? null };
    },
  });
  console.log(`${plans} plans, serving ${url}`);
}

void main();
