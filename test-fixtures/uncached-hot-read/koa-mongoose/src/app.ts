import Koa from 'koa';
import mongoose from 'mongoose';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Country } from './models/country';
import { FeatureFlag } from './models/feature-flag';
import { accountRouter } from './routes/account';
import { publicRouter } from './routes/public';

const robots = readFileSync(path.join(__dirname, 'content', 'robots.txt'), 'utf8'); // ok: uncached-hot-read -- module top level

export const app = new Koa();

/** Flags for the templates, queried before every request. */
app.use(async (ctx, next) => {
  const flags = await FeatureFlag.find({ enabled: true }).lean(); // expect: uncached-hot-read
  ctx.state.flags = new Set(flags.map((flag) => flag.name));
  await next();
});

app.use(async (ctx, next) => {
  if (ctx.path === '/robots.txt') {
    ctx.body = robots;
    return;
  }
  await next();
});

app.use(publicRouter.routes());
app.use(accountRouter.routes());

async function main(): Promise<void> {
  await mongoose.connect(process.env.MONGO_URL ?? 'mongodb://localhost/shop');
  const countries = await Country.countDocuments(); // ok: uncached-hot-read -- main(), runs once at startup
  const flags = await FeatureFlag.find().lean(); // ok: uncached-hot-read -- main(), runs once at startup
  console.log(`${countries} countries, ${flags.length} flags`);
  app.listen(Number(process.env.PORT ?? 3000));
}

void main();
