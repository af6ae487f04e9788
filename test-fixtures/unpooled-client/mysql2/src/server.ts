import express from 'express';
import mysql from 'mysql2/promise';
import { productsRouter } from './routes/products.routes';

const app = express();
app.use(express.json());
app.use(productsRouter);

app.listen(Number(process.env.PORT ?? 3000), async () => {
  const check = await mysql.createConnection({ uri: process.env.MYSQL_URL }); // ok: unpooled-client -- app.listen callback runs once at startup
  await check.ping();
  await check.end();
  console.log('listening, database reachable');
});
