import { PrismaClient } from '@prisma/client';
import type { User } from '@prisma/client';
import { prisma } from '../db';

export async function findUserByEmail(email: string): Promise<User | null> {
  const client = new PrismaClient({ accelerateUrl: process.env.ACCELERATE_URL ?? 'prisma://localhost' }); // expect: unpooled-client
  try {
    return await client.user.findUnique({ where: { email } });
  } finally {
    await client.$disconnect();
  }
}

export async function upgradePlan(userId: string): Promise<User> {
  return prisma.user.update({ where: { id: userId }, data: { plan: 'PRO' } });
}

/** A soft-delete view over the shared client: $extends wraps it, it does not open a new pool. */
export function withoutDeleted() {
  return prisma.$extends({ // ok: unpooled-client -- $extends on the existing client
    query: {
      post: {
        findMany({ args, query }) {
          return query({ ...args, where: { ...args.where, published: true } });
        },
      },
    },
  });
}

/** Syncs one tenant's users; called once per tenant from the nightly job's loop. */
export async function syncTenantUsers(accelerateUrl: string): Promise<number> {
  const tenant = new PrismaClient({ accelerateUrl }); // expect: unpooled-client
  const count = await tenant.user.count();
  await tenant.$disconnect();
  return count;
}
