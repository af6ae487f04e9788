import memoize from 'memoizee';
import { db } from '../db';
import type { Plan } from '../database';

export const enabledFlags = memoize(
  async () => db.selectFrom('feature_flags').select('name').where('enabled', '=', true).execute(), // ok: uncached-hot-read -- memoizee
  { promise: true, maxAge: 30_000 },
);

const plans = new Map<string, Plan>();

export async function planByCode(code: string): Promise<Plan | undefined> {
  const hit = plans.get(code);
  if (hit) return hit;
  const plan = await db.selectFrom('plans').selectAll().where('code', '=', code).executeTakeFirst(); // ok: uncached-hot-read -- module-level Map checked first
  if (plan) plans.set(code, plan);
  return plan;
}
