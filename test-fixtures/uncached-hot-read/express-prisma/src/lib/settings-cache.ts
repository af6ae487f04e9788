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

let properties: { value: Setting[]; expires: number } | undefined;

/**
 * From ghostfolio's PropertyService: a TTL-cached getter with a bypass for callers that need fresh
 * rows. The bypass belongs to the cache, and no handler passes `skipCache: true`.
 */
export async function getProperties({ skipCache = false } = {}): Promise<Setting[]> {
  if (skipCache) return prisma.setting.findMany({ orderBy: { key: 'asc' } }); // ok: uncached-hot-read -- the bypass branch of a memoized getter
  if (properties && properties.expires > Date.now()) return properties.value;
  const value = await prisma.setting.findMany({ orderBy: { key: 'asc' } }); // ok: uncached-hot-read -- module-level variable checked first (with a TTL)
  properties = { value, expires: Date.now() + 60_000 };
  return value;
}
