import { asc } from 'drizzle-orm';
import { db } from '../db';
import { plans, type Plan } from '../db/schema';

let plansPromise: Promise<Plan[]> | undefined;

/** One query per server process; execute() gives a real promise, so awaiting it twice does not re-run it. */
export function activePlans(): Promise<Plan[]> {
  plansPromise ??= db.select().from(plans).orderBy(asc(plans.price)).execute(); // ok: uncached-hot-read -- promise memoized with ??=
  return plansPromise;
}
