import express from 'express';
import mongoose from 'mongoose';
import { MONGO_URL } from './connections';
import { openTenantConnection } from './tenants/tenant-connections';
import { usersRouter } from './routes/users.routes';

async function bootstrap(): Promise<void> {
  await mongoose.connect(MONGO_URL);
  const demo = openTenantConnection('demo'); // ok: unpooled-client -- factory called once from bootstrap()
  await demo.asPromise();
  await demo.close();

  const app = express();
  app.use(express.json());
  app.use(usersRouter);
  app.listen(Number(process.env.PORT ?? 3000));
}

bootstrap().catch((error) => {
  console.error(error);
  process.exit(1);
});
