'use server';

import { eq } from 'drizzle-orm';
import { db } from '../db';
import { plans, users } from '../db/schema';

const DEFAULT_PLAN = 'starter';

export async function startTrial(formData: FormData): Promise<{ plan: string; price: number } | null> {
  const plan = await db.query.plans.findFirst({ where: eq(plans.code, DEFAULT_PLAN) }); // expect: uncached-hot-read
  if (!plan) return null;
  await db.update(users).set({ planCode: plan.code }).where(eq(users.id, String(formData.get('userId')))); // ok: uncached-hot-read -- a write
  return { plan: plan.code, price: plan.price };
}

export async function renameAccount(formData: FormData): Promise<void> {
  const id = String(formData.get('userId'));
  const user = await db.query.users.findFirst({ where: eq(users.id, id) }); // ok: uncached-hot-read -- depends on the form input
  if (user) await db.update(users).set({ name: String(formData.get('name')) }).where(eq(users.id, id));
}
