import Router from '@koa/router';
import { Order } from '../models/order';
import { ensureActive, loadUser } from '../services/users';
import { placeOrder, quote } from '../services/checkout';

export const accountRouter = new Router({ prefix: '/account' });

/** loadUser and ensureActive both run User.findById(id).lean(). */
accountRouter.get('/:id/orders', async (ctx) => {
  const id = ctx.params.id;
  const user = await loadUser(id); // ok: uncached-hot-read -- the first of the two identical reads
  await ensureActive(id); // expect: uncached-hot-read
  ctx.body = { user, orders: await Order.find({ userId: user?._id }).sort({ createdAt: -1 }).limit(20).lean() };
});

accountRouter.get('/:id', async (ctx) => {
  ctx.body = await loadUser(ctx.params.id); // ok: uncached-hot-read -- depends on the request, read once
});

accountRouter.post('/:id/quote', async (ctx) => {
  ctx.body = await quote(ctx.params.id, Number(ctx.query.net ?? 0));
});

accountRouter.post('/:id/orders', async (ctx) => {
  await ensureActive(ctx.params.id);
  ctx.body = await placeOrder(ctx.params.id, Number(ctx.query.net ?? 0));
});
