import { LRUCache } from 'lru-cache';
import { db, type PlanRow } from '../db';

const plans = new LRUCache<string, PlanRow[]>({ max: 1, ttl: 5 * 60_000 });

export async function activePlans(): Promise<PlanRow[]> {
  const hit = plans.get('active');
  if (hit) return hit;
  const rows: PlanRow[] = await db('plans').where({ active: true }).orderBy('price'); // ok: uncached-hot-read -- LRU cache checked first
  plans.set('active', rows);
  return rows;
}

/** The loader runs on a miss only. */
const regions = new LRUCache<string, string[]>({
  max: 1,
  ttl: 60 * 60_000,
  fetchMethod: async () => db('regions').orderBy('name').pluck('name'), // ok: uncached-hot-read -- lru-cache fetchMethod, runs on a miss
});

export function regionNames(): Promise<string[] | undefined> {
  return regions.fetch('all');
}
