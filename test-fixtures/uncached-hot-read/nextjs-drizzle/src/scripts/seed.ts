import { db } from '../db';
import { plans } from '../db/schema';

async function main(): Promise<void> {
  const existing = await db.select().from(plans); // ok: uncached-hot-read -- a script no handler reaches
  if (existing.length === 0) {
    await db.insert(plans).values([
      { code: 'starter', name: 'Starter', price: 0 },
      { code: 'pro', name: 'Pro', price: 2000 },
    ]);
  }
}

void main();
