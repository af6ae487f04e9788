import { prisma } from '../db';

/** From Unleash's SettingService: the key comes from the callers, and all of them pass constants. */
export async function settingValue(key: string): Promise<string | undefined> {
  const row = await prisma.setting.findUnique({ where: { key } }); // expect: uncached-hot-read
  return row?.value;
}

/** The same, but the handler passes a key from the request (the seed script passes a constant). */
export async function anySetting(key: string): Promise<string | undefined> {
  const row = await prisma.setting.findUnique({ where: { key } }); // ok: uncached-hot-read -- the handler passes the request's key
  return row?.value;
}
