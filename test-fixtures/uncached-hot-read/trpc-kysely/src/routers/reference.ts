import * as fsp from 'fs/promises';
import * as path from 'path';
import { z } from 'zod';
import { db } from '../db';
import { enabledFlags } from '../lib/flags';
import { publicProcedure, router } from '../trpc';

export const referenceRouter = router({
  countries: publicProcedure.query(() => db.selectFrom('countries').selectAll().orderBy('name').execute()), // expect: uncached-hot-read

  plans: publicProcedure.query(async () => {
    return db.selectFrom('plans').selectAll().orderBy('price').execute(); // expect: uncached-hot-read
  }),

  plan: publicProcedure.input(z.object({ code: z.string() })).query(({ input }) => {
    return db.selectFrom('plans').selectAll().where('code', '=', input.code).executeTakeFirst(); // ok: uncached-hot-read -- depends on the input
  }),

  flags: publicProcedure.query(() => enabledFlags()), // ok: uncached-hot-read -- memoized getter

  changelog: publicProcedure.query(() => fsp.readFile(path.join(__dirname, '..', 'content', 'changelog.md'), 'utf8')), // expect: uncached-hot-read

  banner: publicProcedure.query(async () => {
    const row = await db.selectFrom('settings').select('value').where('key', '=', 'banner').executeTakeFirst(); // expect: uncached-hot-read
    return row?.value ?? null;
  }),
});
