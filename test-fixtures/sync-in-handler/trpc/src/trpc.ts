import { initTRPC, TRPCError } from '@trpc/server';
import { appendFileSync } from 'node:fs';
import type { Context } from './context';

const t = initTRPC.context<Context>().create();

export const router = t.router;
export const publicProcedure = t.procedure;

const logged = t.middleware(async ({ path, type, next }) => {
  const started = Date.now();
  const result = await next();
  appendFileSync('/var/log/api/trpc.log', `${type} ${path} ${Date.now() - started}ms\n`); // expect: sync-in-handler
  return result;
});

const authed = t.middleware(({ ctx, next }) => {
  if (!ctx.userId) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next({ ctx: { userId: ctx.userId } });
});

export const loggedProcedure = t.procedure.use(logged);
export const protectedProcedure = loggedProcedure.use(authed);
