import Router from '@koa/router';
import { spawnSync } from 'node:child_process';

export const systemRouter = new Router({ prefix: '/system' });

systemRouter.get('/disk', (ctx) => {
  const df = spawnSync('df', ['-k', '/var/data'], { encoding: 'utf8' }); // expect: sync-in-handler
  ctx.body = { output: df.stdout };
});
