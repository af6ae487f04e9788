import express from 'express';
import { createPrismaClient } from './lib/client-factory';
import { usersRouter } from './routes/users';

const app = express();
app.use(express.json());
app.use(usersRouter);

app.listen(Number(process.env.PORT ?? 3000), () => {
  const warmup = createPrismaClient({ logQueries: false }); // ok: unpooled-client -- app.listen callback runs once at startup
  warmup.$connect().then(() => warmup.$disconnect()).catch(console.error);
  console.log('listening');
});
