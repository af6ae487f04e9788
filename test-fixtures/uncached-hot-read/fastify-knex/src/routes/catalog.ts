import type { FastifyInstance } from 'fastify';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { readFile as readText } from 'node:fs/promises';
import { db, type PlanRow } from '../db';
import { activePlans, regionNames } from '../lib/plan-cache';

const DEFAULT_CURRENCY = 'EUR';
const TERMS_PATH = path.join(__dirname, '..', 'content', 'terms.md');

export async function catalogRoutes(app: FastifyInstance): Promise<void> {
  // The plugin body runs once, when the plugin is registered at startup.
  const planSchema = JSON.parse(await fsp.readFile(path.join(__dirname, '..', 'content', 'plan.schema.json'), 'utf8')); // ok: uncached-hot-read -- plugin registration, runs once at startup

  app.get('/countries', async () => {
    return db('countries').select('code', 'name').orderBy('name'); // expect: uncached-hot-read
  });

  app.get('/currencies/default', async () => {
    return db('currencies').where({ code: DEFAULT_CURRENCY }).first(); // expect: uncached-hot-read
  });

  app.get('/regions', async () => {
    const result = await db.raw('select code, name from regions order by name'); // expect: uncached-hot-read
    return result.rows;
  });

  app.get('/regions/cached', async () => regionNames()); // ok: uncached-hot-read -- lru-cache fetch

  // `badges` is this project's own reference table, listed in hotpath.json under referenceTables.
  app.get('/badges', async () => db('badges').select('code', 'label')); // expect: uncached-hot-read

  // Not a reference table: the newest sign-ups change with every sign-up.
  app.get('/signups', async () => db('users').select('id', 'email').where({ verified: true }).limit(20)); // ok: uncached-hot-read -- a live table, not reference data

  app.get('/terms', async (_request, reply) => {
    const markdown = await readText(TERMS_PATH, 'utf8'); // expect: uncached-hot-read
    return reply.type('text/markdown').send(markdown);
  });

  app.get('/plans', { schema: { response: { 200: { type: 'array', items: planSchema } } } }, async () => activePlans()); // ok: uncached-hot-read -- LRU-cached getter

  app.get<{ Params: { code: string } }>('/plans/:code', async (request) => {
    return db('plans').where({ code: request.params.code }).first(); // ok: uncached-hot-read -- depends on the request
  });

  /** A Map created inside the handler lives for one request: it caches nothing. */
  app.get<{ Querystring: { codes: string } }>('/plans/compare', async (request) => {
    const local = new Map<string, PlanRow[]>();
    if (!local.has('all')) local.set('all', await db('plans').orderBy('price')); // expect: uncached-hot-read
    const wanted = new Set(request.query.codes.split(','));
    return (local.get('all') ?? []).filter((plan) => wanted.has(plan.code));
  });
}
