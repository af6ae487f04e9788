import Router from '@koa/router';
import { execFileSync, spawnSync } from 'node:child_process';
import * as zlib from 'node:zlib';

export const systemRouter = new Router({ prefix: '/system' });

systemRouter.get('/disk', (ctx) => {
  const df = spawnSync('df', ['-k', '/var/data'], { encoding: 'utf8' }); // expect: sync-in-handler
  ctx.body = { output: df.stdout };
});

// Made async: a route only the router calls.
systemRouter.get('/uptime', (ctx) => {
  ctx.body = { uptime: execFileSync('uptime', ['-p'], { encoding: 'utf8' }).trim() }; // expect: sync-in-handler
});

// Made async too: Koa waits for the promise `next()` gives, and the middleware returns it.
systemRouter.get('/memory', (ctx, next) => {
  ctx.set('Content-Encoding', 'br');
  ctx.body = zlib.brotliCompressSync(Buffer.from(JSON.stringify(process.memoryUsage()))); // expect: sync-in-handler
  return next();
});
