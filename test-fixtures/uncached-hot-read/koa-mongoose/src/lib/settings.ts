import { Setting, type ISetting } from '../models/setting';

const TTL_MS = 60_000;
let cached: { value: ISetting[]; expires: number } | null = null;

/** Reloaded at most once a minute. */
export async function siteSettings(): Promise<ISetting[]> {
  if (cached && cached.expires > Date.now()) return cached.value;
  const value = await Setting.find().lean(); // ok: uncached-hot-read -- module-level variable checked first (with a TTL)
  cached = { value, expires: Date.now() + TTL_MS };
  return value;
}
