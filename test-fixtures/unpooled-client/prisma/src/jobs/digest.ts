import { PrismaClient } from '@prisma/client';
import { EventEmitter } from 'node:events';
import { syncTenantUsers } from '../services/user-service';

export const events = new EventEmitter();

/** Every five minutes: count unpublished posts. A fresh client each tick. */
setInterval(async () => {
  const prisma = new PrismaClient({ accelerateUrl: process.env.ACCELERATE_URL ?? 'prisma://localhost' }); // expect: unpooled-client
  const drafts = await prisma.post.count({ where: { published: false } });
  console.log('drafts waiting', drafts);
  await prisma.$disconnect();
}, 5 * 60_000);

events.on('order.paid', async (orderId: string) => {
  const prisma = new PrismaClient({ accelerateUrl: process.env.ACCELERATE_URL ?? 'prisma://localhost' }); // expect: unpooled-client
  await prisma.order.update({ where: { id: orderId }, data: { status: 'PAID' } });
  await prisma.$disconnect();
});

export async function nightlySync(tenantUrls: string[]): Promise<number> {
  let total = 0;
  for (const url of tenantUrls) {
    total += await syncTenantUsers(url);
  }
  return total;
}
