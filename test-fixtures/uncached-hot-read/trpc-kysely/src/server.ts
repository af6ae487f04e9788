import { createHTTPServer } from '@trpc/server/adapters/standalone';
import { db } from './db';
import { accountRouter } from './routers/account';
import { referenceRouter } from './routers/reference';
import { router } from './trpc';

export const appRouter = router({ reference: referenceRouter, account: accountRouter });
export type AppRouter = typeof appRouter;

async function main(): Promise<void> {
  const plans = await db.selectFrom('plans').select('code').execute(); // ok: uncached-hot-read -- main(), runs once at startup
  console.log(`serving ${plans.length} plans`);
  createHTTPServer({
    router: appRouter,
    createContext: ({ req }) => ({ userId: typeof req.headers['x-user-id'] === 'string' ? req.headers['x-user-id'] : null }),
  }).listen(Number(process.env.PORT ?? 3000));
}

void main();
