import { eq } from 'drizzle-orm';
import { revalidateTag } from 'next/cache';
import { db } from '../../../db';
import { settings } from '../../../db/schema';

export async function GET(): Promise<Response> {
  const row = await db.query.settings.findFirst({ where: eq(settings.key, 'maintenance') }); // expect: uncached-hot-read
  return Response.json({ maintenance: row?.value === 'on' });
}

export async function POST(request: Request): Promise<Response> {
  const { on } = (await request.json()) as { on: boolean };
  await db.update(settings).set({ value: on ? 'on' : 'off' }).where(eq(settings.key, 'maintenance')); // ok: uncached-hot-read -- a write
  revalidateTag('settings');
  return new Response(null, { status: 204 });
}
