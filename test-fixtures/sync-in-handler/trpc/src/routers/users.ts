import { statSync } from 'node:fs';
import { z } from 'zod';
import { createAccount, verifyLogin } from '../services/account-service';
import { loggedProcedure, protectedProcedure, router } from '../trpc';

export const usersRouter = router({
  signUp: loggedProcedure
    .input(z.object({ email: z.string().email(), password: z.string().min(12) }))
    .mutation(({ input }) => createAccount(input.email, input.password)),

  login: loggedProcedure
    .input(z.object({ email: z.string(), password: z.string() }))
    .mutation(async ({ input }) => ({ ok: await verifyLogin(input.email, input.password) })),

  storageUsage: protectedProcedure.query(({ ctx }) => {
    const info = statSync(`/var/data/users/${ctx.userId}`); // expect: sync-in-handler
    return { bytes: info.size, updatedAt: info.mtime.toISOString() };
  }),
});
