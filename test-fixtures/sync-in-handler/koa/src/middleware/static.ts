import type { Context, Next } from 'koa';
import { existsSync, readFileSync, statSync } from 'fs';
import * as path from 'node:path';

/** Tiny static file middleware (no dependency on koa-static). */
export function serveStatic(root: string) {
  // The factory runs once, where app.ts mounts the middleware; only the returned function runs per request.
  const base = path.resolve(root);
  if (!existsSync(base)) throw new Error(`static root ${base} is missing`); // ok: sync-in-handler -- middleware factory body, called once at startup
  return async (ctx: Context, next: Next): Promise<void> => {
    if (ctx.method !== 'GET' || !ctx.path.startsWith('/assets/')) return next();
    const file = path.join(base, path.normalize(ctx.path));
    try {
      const info = statSync(file); // expect: sync-in-handler
      ctx.set('Last-Modified', info.mtime.toUTCString());
      ctx.type = path.extname(file);
      ctx.body = readFileSync(file); // expect: sync-in-handler
    } catch {
      await next();
    }
  };
}
