import { Types } from 'mongoose';
import { User } from '../models/user.model';

/** One query per email: the fix loads them all with `$in` before the loop. */
export async function namesByEmail(emails: string[]): Promise<string[]> {
  const names: string[] = [];
  for (const email of emails) {
    const user = await User.findOne({ email }); // expect: query-in-loop
    names.push(user ? user.name : email);
  }
  return names;
}

/** By ObjectId: a Map keyed by ObjectId objects would never find them, so no fix. */
export async function referrers(ids: Types.ObjectId[]): Promise<number> {
  let credits = 0;
  for (const id of ids) {
    const referrer = await User.findById(id); // expect: query-in-loop
    credits += referrer ? referrer.credits : 0;
  }
  return credits;
}

/** Plain objects with `.lean()`: the batch keeps it. */
export async function creditsByEmail(emails: string[]): Promise<number> {
  let credits = 0;
  for (const email of emails) {
    const user = await User.findOne({ email }).lean(); // expect: query-in-loop
    credits += user ? user.credits : 0;
  }
  return credits;
}
