import { db } from '../db';
import { planByCode } from '../lib/flags';

export function findUser(id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Loads the user again for the plan code. */
export async function seatLimit(id: string): Promise<number> {
  const user = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst(); // ok: uncached-hot-read -- the repeat is reported where the procedure calls seatLimit
  const plan = user ? await planByCode(user.plan_code) : undefined;
  return plan?.seats ?? 1;
}
