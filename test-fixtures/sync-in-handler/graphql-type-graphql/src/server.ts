import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildSchema } from 'type-graphql';
import { RecipeResolver } from './resolvers/recipe-resolver';

async function bootstrap(): Promise<void> {
  mkdirSync('/var/data/recipes', { recursive: true }); // ok: sync-in-handler -- bootstrap() runs once
  const schema = await buildSchema({ resolvers: [RecipeResolver], emitSchemaFile: false });
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 4000 } });
  writeFileSync('/tmp/graphql.url', url); // ok: sync-in-handler -- bootstrap() runs once
}

void bootstrap();
