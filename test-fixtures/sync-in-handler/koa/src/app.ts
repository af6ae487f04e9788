import Koa from 'koa';
import * as fs from 'node:fs';
import { jsonBody } from './middleware/json-body';
import { serveStatic } from './middleware/static';
import { authRouter } from './routes/auth';
import { invoicesRouter } from './routes/invoices';
import { systemRouter } from './routes/system';

const app = new Koa();
const port = Number(process.env.PORT ?? 3000);
const maintenanceNotice = fs.readFileSync('config/maintenance.txt', 'utf8'); // ok: sync-in-handler -- module top level, runs once

app.use(async (ctx, next) => {
  if (fs.existsSync('/etc/api/maintenance')) { // expect: sync-in-handler
    ctx.status = 503;
    ctx.body = maintenanceNotice;
    return;
  }
  await next();
});

app.use(jsonBody);
app.use(serveStatic('public'));
app.use(authRouter.routes()).use(authRouter.allowedMethods());
app.use(invoicesRouter.routes());
app.use(systemRouter.routes());

app.listen(port, () => {
  fs.writeFileSync('/tmp/koa-api.pid', String(process.pid)); // ok: sync-in-handler -- listen callback, runs once
});
