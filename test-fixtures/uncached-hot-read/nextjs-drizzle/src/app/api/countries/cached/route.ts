import { unstable_cache } from 'next/cache';
import { db } from '../../../../db';
import { countries } from '../../../../db/schema';

const getCountries = unstable_cache(
  async () => db.select().from(countries).orderBy(countries.name), // ok: uncached-hot-read -- Next's unstable_cache
  ['countries'],
  { revalidate: 3600 },
);

export async function GET(): Promise<Response> {
  return Response.json(await getCountries()); // ok: uncached-hot-read -- cached getter
}
