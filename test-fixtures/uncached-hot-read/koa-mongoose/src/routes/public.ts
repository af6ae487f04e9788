import Router from '@koa/router';
import * as path from 'node:path';
import { siteSettings } from '../lib/settings';
import { Country } from '../models/country';
import { Setting } from '../models/setting';

const { readFile } = require('fs/promises');

export const publicRouter = new Router();

publicRouter.get('/countries', async (ctx) => {
  ctx.body = await Country.find().sort({ name: 1 }).lean(); // expect: uncached-hot-read
});

publicRouter.get('/countries/:code', async (ctx) => {
  ctx.body = await Country.findOne({ code: ctx.params.code }).lean(); // ok: uncached-hot-read -- depends on the request
});

publicRouter.get('/terms', async (ctx) => {
  ctx.type = 'text/markdown';
  ctx.body = await readFile(path.join(__dirname, '..', 'content', 'terms.md'), 'utf8'); // expect: uncached-hot-read
});

publicRouter.get('/settings', async (ctx) => {
  ctx.body = await siteSettings(); // ok: uncached-hot-read -- cached getter
});

publicRouter.get('/maintenance', async (ctx) => {
  const row = await Setting.findOne({ key: 'maintenance' }).lean(); // expect: uncached-hot-read
  ctx.body = { on: row?.value === 'on' };
});

publicRouter.put('/maintenance', async (ctx) => {
  await Setting.updateOne({ key: 'maintenance' }, { $set: { value: 'on' } }); // ok: uncached-hot-read -- a write
  ctx.status = 204;
});
