import type { PrimaryClient } from './clients';

export async function loadAuthors(db: PrimaryClient, postIds: string[]) {
  const authors = [];
  for (const id of postIds) {
    authors.push(await db.post.findUnique({ where: { id }, include: { author: true } }));
  }
  return authors;
}
