import { db } from '../db';
import { commentsOf, countPublished, findPost, latestPostOf, postsByIds, publishedPage } from '../repositories/post-repository';

export class FeedService {
  async home(page: number) {
    return publishedPage(20, (page - 1) * 20);
  }

  async thread(postId: string) {
    const [posts, comments] = await Promise.all([findPost(postId), commentsOf(postId)]);
    return { post: posts[0], comments };
  }

  async authorCard(authorId: string) {
    const [latest, published] = await Promise.all([latestPostOf(authorId), countPublished(authorId)]);
    return { latest, published };
  }

  async bookmarks(ids: string[]) {
    return postsByIds(ids);
  }

  async findUserByEmail(email: string) {
    return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst(); // ok: unbounded-query -- unique key, one row
  }

  async members(role: string) {
    return db.selectFrom('users').select(['id', 'email', 'name']).where('role', '=', role).orderBy('email').execute(); // expect: unbounded-query
  }
}
