import { prisma } from '../db';

export async function countPublishedPosts(authorId: string): Promise<number> {
  return prisma.post.count({ where: { authorId, published: true } });
}

export async function latestPostOf(authorId: string) {
  const posts = await prisma.post.findMany({ where: { authorId }, orderBy: { createdAt: 'desc' }, take: 1 });
  return posts[0] ?? null;
}

export function postsByAuthors(authorIds: string[]) {
  return prisma.post.findMany({ where: { authorId: { in: authorIds } }, take: 1000 });
}
