import { eq } from 'drizzle-orm';
import { db } from '../db';
import { posts } from '../db/schema';

export function getPost(id: string) {
  return db.query.posts.findFirst({ where: eq(posts.id, id) });
}

/** Loads the post again to decide. */
export async function canViewPost(id: string, viewerId: string | null): Promise<boolean> {
  const post = await db.query.posts.findFirst({ where: eq(posts.id, id) }); // ok: uncached-hot-read -- the repeat is reported where the route calls canViewPost
  return !!post && (post.published || post.authorId === viewerId);
}
