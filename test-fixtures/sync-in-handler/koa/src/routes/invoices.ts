import Router from '@koa/router';
import { readFileSync } from '../lib/cache';
import { invoicePdf } from '../services/invoice-service';

export const invoicesRouter = new Router();

invoicesRouter.get('/invoices/:id', async (ctx) => {
  // Project helper that reads from the in-process cache, not from the disk.
  const cached = readFileSync(`invoice:${ctx.params.id}`); // ok: sync-in-handler -- local readFileSync, an in-memory cache lookup
  ctx.body = cached ?? { id: ctx.params.id, status: 'pending' };
});

invoicesRouter.get('/invoices/:id/pdf', async (ctx) => {
  ctx.type = 'application/pdf';
  ctx.body = await invoicePdf(ctx.params.id);
});
