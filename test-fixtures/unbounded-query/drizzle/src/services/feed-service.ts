import { desc, eq } from 'drizzle-orm';
import { db } from '../db';
import { commentsOf, countPublished, postById, postsOf, postWithLatestComments, publishedPage } from '../repositories/post-repository';
import { users } from '../schema';

export class FeedService {
  async authorPage(authorId: string) {
    const [posts, published] = await Promise.all([postsOf(authorId), countPublished(authorId)]);
    return { posts, published };
  }

  async home(page: number) {
    return publishedPage(20, (page - 1) * 20);
  }

  async thread(postId: string) {
    const [post, comments] = await Promise.all([postById(postId), commentsOf(postId)]);
    return { post, comments };
  }

  async preview(postId: string) {
    return postWithLatestComments(postId);
  }

  /** A page of users, but each with all of their posts. */
  async directory() {
    return db.query.users.findMany({ orderBy: desc(users.email), limit: 50, with: { posts: true } }); // expect: unbounded-query
  }

  async admins() {
    return db.query.users.findMany({ where: eq(users.role, 'admin'), limit: 50 }); // ok: unbounded-query -- limit: 50
  }
}
