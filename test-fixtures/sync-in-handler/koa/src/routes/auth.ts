import Router from '@koa/router';
import bcrypt from 'bcryptjs';
import { accounts } from '../services/account-store';

export const authRouter = new Router({ prefix: '/auth' });

authRouter.post('/signup', async (ctx) => {
  const { email, password } = ctx.request.body as { email: string; password: string };
  const salt = bcrypt.genSaltSync(12); // expect: sync-in-handler
  accounts.set(email, await bcrypt.hash(password, salt)); // ok: sync-in-handler -- async bcryptjs hash
  ctx.status = 201;
});

authRouter.post('/login', async (ctx) => {
  const { email, password } = ctx.request.body as { email: string; password: string };
  const hash = accounts.get(email);
  ctx.status = hash && bcrypt.compareSync(password, hash) ? 204 : 401; // expect: sync-in-handler
});
