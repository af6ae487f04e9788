import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { resolvers } from './resolvers';

const typeDefs = readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8'); // ok: sync-in-handler -- module top level, runs once

async function main(): Promise<void> {
  const server = new ApolloServer({ typeDefs, resolvers });
  const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 4000) } });
  console.log(`graphql ready at ${url}`);
}

void main();
