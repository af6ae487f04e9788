import knex from 'knex';

async function main(): Promise<void> {
  const migrator = knex({ client: 'pg', connection: process.env.DATABASE_URL, migrations: { directory: 'migrations' } }); // ok: unpooled-client -- main() runs once from the module top level
  try {
    const [batch, files] = await migrator.migrate.latest();
    console.log(`batch ${batch}: ${files.length} migrations`);
  } finally {
    await migrator.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
