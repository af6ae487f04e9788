import { LRUCache } from 'lru-cache';
import { plans, type PlanDoc } from '../mongo';

const cache = new LRUCache<string, PlanDoc[]>({ max: 1, ttl: 10 * 60_000 });

export async function allPlans(): Promise<PlanDoc[]> {
  const hit = cache.get('all');
  if (hit) return hit;
  const rows = await plans.find({}, { projection: { _id: 0 } }).sort({ price: 1 }).toArray(); // ok: uncached-hot-read -- LRU cache checked first
  cache.set('all', rows);
  return rows;
}

const byCode = new Map<string, PlanDoc | null>();

export async function planByCode(code: string): Promise<PlanDoc | null> {
  if (byCode.has(code)) return byCode.get(code) ?? null;
  const plan = await plans.findOne({ code }); // ok: uncached-hot-read -- module-level Map checked first
  byCode.set(code, plan);
  return plan;
}
