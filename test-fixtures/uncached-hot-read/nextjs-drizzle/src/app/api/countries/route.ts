import { db } from '../../../db';
import { countries } from '../../../db/schema';

export async function GET(): Promise<Response> {
  const rows = await db.select().from(countries).orderBy(countries.name); // expect: uncached-hot-read
  return Response.json(rows);
}
