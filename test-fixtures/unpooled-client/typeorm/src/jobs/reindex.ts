import { DataSource } from 'typeorm';
import { User } from '../entities/user.entity';

/** Re-indexes one tenant schema; called for each tenant by reindexAll(). */
async function reindexTenant(schema: string): Promise<void> {
  const source = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, schema, entities: [User] }); // expect: unpooled-client
  await source.initialize();
  await source.query(`REINDEX SCHEMA CONCURRENTLY "${schema}"`);
  await source.destroy();
}

export async function reindexAll(schemas: string[]): Promise<void> {
  for (const schema of schemas) await reindexTenant(schema);
}

setInterval(async () => {
  const source = await new DataSource({ type: 'postgres', url: process.env.DATABASE_URL }).initialize(); // expect: unpooled-client
  await source.query('ANALYZE');
  await source.destroy();
}, 6 * 3600_000);
