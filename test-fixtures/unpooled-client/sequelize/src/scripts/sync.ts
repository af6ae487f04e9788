import { Sequelize } from 'sequelize';

async function main(): Promise<void> {
  const admin = new Sequelize(process.env.DATABASE_URL ?? 'postgres://localhost:5432/app', { logging: console.log }); // ok: unpooled-client -- main() runs once from the module top level
  await admin.authenticate();
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await admin.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
