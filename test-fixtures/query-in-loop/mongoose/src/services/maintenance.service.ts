import { User } from '../models/user.model';
import { Order } from '../models/order.model';

export async function exportUsers(write: (line: string) => void) {
  for await (const user of User.find().sort({ _id: 1 }).cursor()) { // ok: query-in-loop -- one cursor, iterated
    write(JSON.stringify(user.toObject()));
  }
}

export async function backfillReferrerCredits() {
  const cursor = User.find({ referrerId: { $exists: true } }).cursor();
  for await (const user of cursor) {
    const referrer = await User.findById(user.referrerId); // expect: query-in-loop
    if (referrer) {
      referrer.credits += 10;
      await referrer.save(); // expect: query-in-loop
    }
  }
}

export async function totalRevenue() {
  const cursor = Order.find({ status: { $in: ['paid', 'shipped'] } }).select({ total: 1 }).cursor();
  let revenue = 0;
  for (let order = await cursor.next(); order != null; order = await cursor.next()) { // ok: query-in-loop -- steps through one cursor
    revenue += order.total;
  }
  return revenue;
}

export async function firstKnownEmail(emails: string[]) {
  for (const email of emails) {
    // Only the primary address identifies the account.
    return User.findOne({ email: email.toLowerCase() }).lean(); // ok: query-in-loop -- returns on the first iteration
  }
  return null;
}

export async function expireCredits(cutoff: Date) {
  for await (const user of User.find({ lastSeenAt: { $lt: cutoff } }).cursor()) {
    user.credits = 0;
    await user.save(); // expect: query-in-loop
  }
}
