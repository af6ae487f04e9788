import type { NextApiRequest, NextApiResponse } from 'next';
import { db } from '../../db';
import { plans } from '../../db/schema';

export default async function handler(_req: NextApiRequest, res: NextApiResponse) {
  const rows = await db.select().from(plans); // expect: uncached-hot-read
  res.status(200).json(rows.filter((plan) => plan.active));
}
