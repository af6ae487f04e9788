import { cache, pool, redis, type Plan } from '../clients';

const PLANS_KEY = 'cache:plans:v1';

/** Cache-aside through ioredis: the database is read on a miss only. */
export async function plans(): Promise<Plan[]> {
  const hit = await redis.get(PLANS_KEY); // ok: uncached-hot-read -- the lookup of a Redis get-before-read cache
  if (hit) return JSON.parse(hit) as Plan[];
  const { rows } = await pool.query<Plan>('SELECT code, name, price FROM plans ORDER BY price'); // ok: uncached-hot-read -- read on a Redis cache miss only
  await redis.set(PLANS_KEY, JSON.stringify(rows), 'EX', 300);
  return rows;
}

/** The same through node-redis. */
export async function countries(): Promise<Array<{ code: string; name: string }>> {
  const cached = await cache.get('cache:countries'); // ok: uncached-hot-read -- the lookup of a Redis get-before-read cache
  if (cached !== null) return JSON.parse(cached);
  const { rows } = await pool.query('SELECT code, name FROM countries ORDER BY name'); // ok: uncached-hot-read -- read on a Redis cache miss only
  await cache.set('cache:countries', JSON.stringify(rows), { EX: 3600 });
  return rows;
}
