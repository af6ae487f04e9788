import { Router } from 'express';
import * as fs from 'fs';
import * as path from 'path';
import { cache, redis } from '../clients';
import { countries, plans } from '../lib/cached-queries';
import { pricesIn } from '../services/prices';
import { isAdmin, readSession } from '../services/sessions';

const FLAGS_FILE = path.join(__dirname, '..', 'config', 'flags.json');

export const api = Router();

api.get('/plans', async (_req, res) => {
  res.json(await plans()); // ok: uncached-hot-read -- cached through Redis
});

api.get('/countries', async (_req, res) => {
  res.json(await countries()); // ok: uncached-hot-read -- cached through Redis
});

api.get('/prices', async (req, res) => {
  res.json(await pricesIn(String(req.query.currency ?? 'EUR')));
});

api.get('/settings', async (_req, res) => {
  res.json(await cache.hGetAll('site-settings')); // expect: uncached-hot-read
});

api.get('/announcements', async (_req, res) => {
  res.json(await redis.lrange('announcements', 0, 9)); // expect: uncached-hot-read
});

api.get('/flags/defaults', (_req, res) => {
  fs.readFile(FLAGS_FILE, 'utf8', (error, data) => { // expect: uncached-hot-read
    if (error) res.status(500).end();
    else res.type('json').send(data);
  });
});

api.get('/blocked/:ip', async (req, res) => {
  res.json({ blocked: (await redis.sismember('blocked-ips', req.params.ip)) === 1 }); // ok: uncached-hot-read -- depends on the request
});

/** readSession and isAdmin both GET session:<sid>. */
api.delete('/sessions/:sid', async (req, res) => {
  const sid = req.params.sid;
  const session = await readSession(sid); // ok: uncached-hot-read -- the first of the two identical reads
  if (!session) {
    res.sendStatus(404);
    return;
  }
  if (!(await isAdmin(sid))) { // expect: uncached-hot-read
    res.sendStatus(403);
    return;
  }
  await redis.del(`session:${sid}`); // ok: uncached-hot-read -- a write
  res.sendStatus(204);
});

api.post('/announcements', async (req, res) => {
  await redis.lpush('announcements', String(req.body.text)); // ok: uncached-hot-read -- a write
  await cache.hSet('site-settings', 'updated-at', new Date().toISOString()); // ok: uncached-hot-read -- a write
  res.sendStatus(201);
});
