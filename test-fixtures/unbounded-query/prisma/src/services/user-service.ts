import { prisma } from '../db';
import { allUsers, countOnPlan, findByEmail, firstAdmin, usersByIds } from '../repositories/user-repository';

export class UserService {
  /** A page of users, but each one with every order they ever placed. */
  async customersWithOrders() {
    return prisma.user.findMany({ take: 50, orderBy: { email: 'asc' }, include: { orders: true } }); // expect: unbounded-query
  }

  /** The relation loaded through select is just as unbounded as through include. */
  async profile(id: string) {
    return prisma.user.findUnique({ where: { id }, select: { id: true, name: true, posts: true } }); // expect: unbounded-query
  }

  /** Counting the relations loads no rows. */
  async profileStats(id: string) {
    return prisma.user.findUnique({ where: { id }, include: { _count: { select: { posts: true, comments: true } } } }); // ok: unbounded-query -- _count is an aggregate, not a relation load
  }

  /** Posts are capped, but the comments of each post are not. */
  async authorsWithThreads() {
    return prisma.user.findMany({ take: 10, include: { posts: { take: 5, include: { comments: true } } } }); // expect: unbounded-query
  }

  async directory() {
    return allUsers();
  }

  async adminSummary(emails: string[]) {
    const [admin, pro, known] = await Promise.all([firstAdmin(), countOnPlan('PRO'), usersByIds(emails)]);
    return { admin, pro, known, me: await findByEmail(emails[0] ?? '') };
  }
}
