import { AppDataSource } from './data-source';
import { createReportingDataSource } from './database/data-sources';

/** Runs pending migrations, then checks the replica is reachable: once, at deploy time. */
void (async () => {
  await AppDataSource.initialize();
  await AppDataSource.runMigrations();
  const reporting = await createReportingDataSource().initialize(); // ok: unpooled-client -- factory called from a top-level IIFE
  await reporting.query('SELECT 1');
  await reporting.destroy();
  await AppDataSource.destroy();
})();
