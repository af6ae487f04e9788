import express from 'express';
import { sequelize } from './db';
import { createSequelize } from './lib/database';
import { usersRouter } from './routes/users';

async function bootstrap(): Promise<void> {
  await sequelize.authenticate();
  const sessions = createSequelize(process.env.SESSIONS_URL ?? 'postgres://sessions/app'); // ok: unpooled-client -- factory called once from bootstrap()
  await sessions.authenticate();
  await sessions.close();

  const app = express();
  app.use(express.json());
  app.use(usersRouter);
  app.listen(Number(process.env.PORT ?? 3000));
}

void bootstrap();
