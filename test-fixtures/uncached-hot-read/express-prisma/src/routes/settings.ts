import { Router } from 'express';
import { SUPPORT_EMAIL_KEY } from '../constants';
import { prisma } from '../db';
import { getAnnouncement, getCatalog, getSetting, getSettings } from '../lib/settings-cache';

export const settingsRouter = Router();

settingsRouter.get('/settings', async (_req, res) => {
  res.json(await prisma.setting.findMany()); // expect: uncached-hot-read
});

settingsRouter.get('/settings/cached', async (_req, res) => {
  res.json(await getSettings()); // ok: uncached-hot-read -- memoized getter
});

settingsRouter.get('/catalog', async (_req, res) => {
  const products = await prisma.product.findMany({ orderBy: { name: 'asc' } }); // expect: uncached-hot-read
  res.json(products);
});

settingsRouter.get('/catalog/cached', async (_req, res) => {
  res.json(await getCatalog()); // ok: uncached-hot-read -- memoized getter
});

settingsRouter.get('/support', async (_req, res) => {
  const contact = await prisma.setting.findUnique({ where: { key: SUPPORT_EMAIL_KEY } }); // expect: uncached-hot-read
  res.json({ email: contact?.value ?? 'help@example.com' });
});

settingsRouter.get('/home', async (_req, res) => {
  const [announcement, theme] = await Promise.all([getAnnouncement(), getSetting('theme')]); // ok: uncached-hot-read -- both getters memoize
  res.json({ announcement: announcement?.value, theme: theme?.value });
});

settingsRouter.get('/settings/:key', async (req, res) => {
  res.json(await prisma.setting.findUnique({ where: { key: req.params.key } })); // ok: uncached-hot-read -- depends on the request
});

settingsRouter.put('/settings/maintenance', async (req, res) => {
  const value = req.body.on ? 'on' : 'off';
  await prisma.setting.update({ where: { key: 'maintenance' }, data: { value } }); // ok: uncached-hot-read -- a write
  res.sendStatus(204);
});

/** The same constant query as GET /settings: the fix gives both handlers one memo. */
settingsRouter.get('/settings/map', async (_req, res) => {
  const rows = await prisma.setting.findMany(); // expect: uncached-hot-read
  res.json(Object.fromEntries(rows.map((row) => [row.key, row.value])));
});

/** The rows are sorted in place: a memo would hand the next request the rows this one changed, so no fix. */
settingsRouter.get('/catalog/by-price', async (_req, res) => {
  const products = await prisma.product.findMany(); // expect: uncached-hot-read
  products.sort((a, b) => a.price - b.price);
  res.json(products);
});

/** The key is a constant of the handler's own: the query does not move to the module as it is, so no fix. */
settingsRouter.get('/theme', async (_req, res) => {
  const key = 'theme';
  const row = await prisma.setting.findUnique({ where: { key } }); // expect: uncached-hot-read
  res.json({ theme: row?.value ?? 'light' });
});
