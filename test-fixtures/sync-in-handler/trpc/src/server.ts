import { createHTTPServer } from '@trpc/server/adapters/standalone';
import { readFileSync } from 'node:fs';
import { createContext } from './context';
import { filesRouter } from './routers/files';
import { usersRouter } from './routers/users';
import { router } from './trpc';

export const appRouter = router({ users: usersRouter, files: filesRouter });
export type AppRouter = typeof appRouter;

const config = JSON.parse(readFileSync('config/server.json', 'utf8')); // ok: sync-in-handler -- module top level, runs once

createHTTPServer({ router: appRouter, createContext }).listen(config.port ?? 3000);
