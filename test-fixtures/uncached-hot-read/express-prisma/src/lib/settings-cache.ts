import type { Product, Setting } from '@prisma/client';
import memoize from 'memoizee';
import { ANNOUNCEMENT_KEY } from '../constants';
import { prisma } from '../db';

let settings: Setting[] | undefined;

/** Read once, then served from the module-level variable. */
export async function getSettings(): Promise<Setting[]> {
  if (settings) return settings;
  settings = await prisma.setting.findMany(); // ok: uncached-hot-read -- module-level variable checked first
  return settings;
}

const byKey = new Map<string, Setting | null>();

export async function getSetting(key: string): Promise<Setting | null> {
  if (byKey.has(key)) return byKey.get(key) ?? null;
  const row = await prisma.setting.findUnique({ where: { key } }); // ok: uncached-hot-read -- module-level Map checked first
  byKey.set(key, row);
  return row;
}

let catalogPromise: Promise<Product[]> | undefined;

export function getCatalog(): Promise<Product[]> {
  catalogPromise ??= prisma.product.findMany({ orderBy: { name: 'asc' } }); // ok: uncached-hot-read -- promise memoized with ??=
  return catalogPromise;
}

export const getAnnouncement = memoize(
  async () => prisma.setting.findUnique({ where: { key: ANNOUNCEMENT_KEY } }), // ok: uncached-hot-read -- memoizee
  { promise: true, maxAge: 60_000 },
);
