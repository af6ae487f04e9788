import express from 'express';
import { createTenantDb } from './lib/tenant-db';
import { crmRouter } from './routes/crm';
import { usersRouter } from './routes/users';

/** The demo tenant's database, checked once when the server module loads. */
const demo = createTenantDb(process.env.DEMO_TENANT_URL ?? 'postgres://app@db/demo'); // ok: unpooled-client -- factory called at module top level

const app = express();
app.use(express.json());
app.use(usersRouter);
app.use(crmRouter);

app.listen(Number(process.env.PORT ?? 3000), () => {
  demo.raw('SELECT 1').then(() => console.log('listening, demo tenant reachable'), console.error);
});
