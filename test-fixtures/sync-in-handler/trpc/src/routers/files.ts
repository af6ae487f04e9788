import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { protectedProcedure, router } from '../trpc';

export const filesRouter = router({
  read: protectedProcedure.input(z.object({ name: z.string() })).query(async ({ ctx, input }) => {
    const text = await readFile(`/var/data/users/${ctx.userId}/${input.name}`, 'utf8'); // ok: sync-in-handler -- fs/promises, async
    return { text };
  }),

  upload: protectedProcedure.input(z.object({ name: z.string(), gz: z.string() })).mutation(({ input }) => {
    const raw = gunzipSync(Buffer.from(input.gz, 'base64')); // expect: sync-in-handler
    return { name: input.name, bytes: raw.length };
  }),
});
