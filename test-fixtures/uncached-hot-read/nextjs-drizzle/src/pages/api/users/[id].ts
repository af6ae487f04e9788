import { eq } from 'drizzle-orm';
import type { NextApiRequest, NextApiResponse } from 'next';
import { db } from '../../../db';
import { users } from '../../../db/schema';
import { activePlans } from '../../../lib/plans';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const [user] = await db.select().from(users).where(eq(users.id, String(req.query.id))); // ok: uncached-hot-read -- depends on the request
  const plan = (await activePlans()).find((candidate) => candidate.code === user?.planCode); // ok: uncached-hot-read -- memoized getter
  res.json({ user, plan });
}
