import express from 'express';
import { client } from './db';
import { createArchiveClient } from './lib/mongo';
import { productsRouter } from './routes/products.routes';

async function main(): Promise<void> {
  await client.connect();
  const archive = createArchiveClient(); // ok: unpooled-client -- factory called once from main()
  await archive.db('admin').command({ ping: 1 });
  await archive.close();

  const app = express();
  app.use(express.json());
  app.use(productsRouter);
  app.listen(Number(process.env.PORT ?? 3000));
}

void main();
