import express from 'express';
import { client } from './client';
import { makeClient } from './lib/clients';
import { rateLimit } from './middleware/rate-limit';
import { sessionsRouter } from './routes/sessions';

async function main(): Promise<void> {
  await client.connect();
  const jobs = makeClient(2); // ok: unpooled-client -- factory called once from main()
  await jobs.connect();
  await jobs.del('jobs:stale');
  await jobs.quit();

  const app = express();
  app.use(rateLimit(100, 60));
  app.use(sessionsRouter);
  app.listen(Number(process.env.PORT ?? 3000));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
