import { prisma } from '../db';

export function findByEmail(email: string) {
  return prisma.user.findUnique({ where: { email } }); // ok: unbounded-query -- lookup by unique key
}

export function firstAdmin() {
  return prisma.user.findFirst({ where: { role: 'admin' } }); // ok: unbounded-query -- findFirst returns one row
}

export function countOnPlan(plan: 'FREE' | 'PRO' | 'BUSINESS') {
  return prisma.user.count({ where: { plan } }); // ok: unbounded-query -- aggregate
}

export function allUsers() {
  return prisma.user.findMany({ orderBy: { email: 'asc' } }); // expect: unbounded-query
}

export function usersByIds(ids: string[]) {
  return prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true, name: true } }); // ok: unbounded-query -- bounded by the input id list
}

/** A write returns the row with what `include` asks for: here every post of the user. */
export function rename(id: string, name: string) {
  return prisma.user.update({ where: { id }, data: { name }, include: { posts: true } }); // expect: unbounded-query
}

export function renameWithLatestPosts(id: string, name: string) {
  return prisma.user.update({ where: { id }, data: { name }, include: { posts: { take: 5, orderBy: { createdAt: 'desc' } } } }); // ok: unbounded-query -- the relation is capped with take
}
