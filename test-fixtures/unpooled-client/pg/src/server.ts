import express from 'express';
import { Client } from 'pg';
import { createReportingPool } from './lib/reporting';
import { usersRouter } from './routes/users.routes';

async function bootstrap(): Promise<void> {
  const migrator = new Client({ connectionString: process.env.DATABASE_URL }); // ok: unpooled-client -- bootstrap() runs once from the module top level
  await migrator.connect();
  await migrator.query('CREATE TABLE IF NOT EXISTS users (id serial PRIMARY KEY, email text UNIQUE NOT NULL, name text)');
  await migrator.end();

  const reportingCheck = createReportingPool(5_000); // ok: unpooled-client -- factory called once from bootstrap()
  await reportingCheck.query('SELECT 1');
  await reportingCheck.end();

  const app = express();
  app.use(express.json());
  app.use(usersRouter);
  app.listen(Number(process.env.PORT ?? 3000));
}

bootstrap().catch((error) => {
  console.error(error);
  process.exit(1);
});
