import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { prisma } from './db';
import { mailRouter } from './routes/mail';
import { ordersRouter } from './routes/orders';
import { settingsRouter } from './routes/settings';
import { usersRouter } from './routes/users';

const ERROR_PAGE = path.join(__dirname, 'templates', 'error.html');

export const app = express();
app.use(express.json());

/** The maintenance switch, looked up again for every request. */
app.use(async (_req, res, next) => {
  const flag = await prisma.setting.findUnique({ where: { key: 'maintenance' } }); // expect: uncached-hot-read
  if (flag?.value === 'on') {
    res.status(503).send('Down for maintenance');
    return;
  }
  next();
});

app.use(usersRouter);
app.use(settingsRouter);
app.use(mailRouter);
app.use(ordersRouter);

app.use(async (error: Error, _req: Request, res: Response, _next: NextFunction) => {
  const page = await readFile(ERROR_PAGE, 'utf8'); // expect: uncached-hot-read
  res.status(500).type('html').send(page.replace('{{message}}', error.message));
});

app.listen(Number(process.env.PORT ?? 3000), async () => {
  const settings = await prisma.setting.findMany(); // ok: uncached-hot-read -- listen callback, runs once at startup
  console.log(`listening, ${settings.length} settings`);
});
