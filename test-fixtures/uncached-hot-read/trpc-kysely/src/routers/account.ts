import { z } from 'zod';
import { db } from '../db';
import { invoicesFor } from '../services/invoices';
import { findUser, seatLimit } from '../services/users';
import { authedProcedure, router } from '../trpc';

export const accountRouter = router({
  /** findUser and seatLimit both run the same select on users for ctx.userId. */
  me: authedProcedure.query(async ({ ctx }) => {
    const user = await findUser(ctx.userId); // ok: uncached-hot-read -- the first of the two identical reads
    const seats = await seatLimit(ctx.userId); // expect: uncached-hot-read
    return { user, seats };
  }),

  invoices: authedProcedure.input(z.object({ currency: z.string().length(3) })).query(({ ctx, input }) => invoicesFor(ctx.userId, input.currency)),

  setBanner: authedProcedure.input(z.object({ text: z.string() })).mutation(async ({ input }) => {
    await db.updateTable('settings').set({ value: input.text }).where('key', '=', 'banner').execute(); // ok: uncached-hot-read -- a write
  }),

  clearBanner: authedProcedure.mutation(async () => {
    await db.deleteFrom('settings').where('key', '=', 'banner').execute(); // ok: uncached-hot-read -- a write, even with constant arguments
  }),
});
