import { Op } from 'sequelize';
import { Comment, Post, User } from '../models';
import { findAuthor, findAuthors } from '../repositories/users.repository';
import { chunk } from '../util';

export interface FeedItem {
  id: number;
  title: string;
  comments: Array<{ id: number; body: string }>;
}

/** The feed service gets its models injected, NestJS style (`@InjectModel(Post) postModel: typeof Post`). */
export class FeedService {
  constructor(
    private readonly postModel: typeof Post,
    private readonly commentModel: typeof Comment,
  ) {}

  /** N+1: one comments query per post, through the association accessor. */
  async postsWithComments(limit: number): Promise<FeedItem[]> {
    const posts = await this.postModel.findAll({ where: { published: true }, order: [['id', 'DESC']], limit });
    const feed: FeedItem[] = [];
    for (const post of posts) {
      const comments = await post.getComments({ where: { flagged: false }, limit: 20 }); // expect: query-in-loop
      feed.push({ id: post.id, title: post.title, comments: comments.map((c) => ({ id: c.id, body: c.body })) });
    }
    return feed;
  }

  /** Batched: one query with an include. */
  postsWithCommentsEager(limit: number): Promise<Post[]> {
    return this.postModel.findAll({
      where: { published: true },
      include: [{ model: this.commentModel, as: 'comments' }],
      order: [['id', 'DESC']],
      limit,
    });
  }

  /** Parallel N+1: one COUNT per post. */
  commentCounts(posts: Post[]): Promise<number[]> {
    return Promise.all(posts.map((post) => post.countComments())); // expect: query-in-loop
  }

  /** N+1 through a repository function in another file. */
  async feedWithAuthors(limit: number): Promise<Array<{ post: Post; author: User | null }>> {
    const posts = await this.postModel.findAll({ where: { published: true }, limit });
    const items: Array<{ post: Post; author: User | null }> = [];
    for (const post of posts) {
      items.push({ post, author: await findAuthor(post.authorId) }); // expect: query-in-loop
    }
    return items;
  }

  /** Batched: one query for every author, then Map lookups. */
  async feedWithAuthorsBatched(limit: number): Promise<Array<{ post: Post; author: User | null }>> {
    const posts = await this.postModel.findAll({ where: { published: true }, limit });
    const authors = await findAuthors(posts.map((post) => post.authorId));
    const byId = new Map(authors.map((author) => [author.id, author]));
    const items: Array<{ post: Post; author: User | null }> = [];
    for (const post of posts) {
      items.push({ post, author: byId.get(post.authorId) ?? null }); // ok: query-in-loop -- Map lookup, no I/O
    }
    return items;
  }

  /** One UPDATE per comment, fired from forEach. */
  flagComments(commentIds: number[]): void {
    commentIds.forEach(async (id) => {
      await this.commentModel.update({ flagged: true }, { where: { id } }); // expect: query-in-loop
    });
  }

  /** Batched: [Op.in], one UPDATE per chunk of 1000 ids. */
  async flagCommentsBatched(commentIds: number[]): Promise<void> {
    for (const ids of chunk(commentIds, 1000)) {
      await this.commentModel.update({ flagged: true }, { where: { id: { [Op.in]: ids } } }); // ok: query-in-loop -- [Op.in]: one UPDATE per chunk
    }
  }

  /** Batched: an array where value is an IN list. */
  async publish(postIds: number[]): Promise<void> {
    for (const ids of chunk(postIds, 1000)) {
      await this.postModel.update({ published: true }, { where: { id: ids } }); // ok: query-in-loop -- where id is an array: one UPDATE ... IN per chunk
    }
  }

  /** One UPDATE per row, on model instances. */
  async bumpViews(): Promise<void> {
    const posts = await this.postModel.findAll({ where: { published: true }, limit: 100 });
    for (const post of posts) {
      await post.increment('views'); // expect: query-in-loop
    }
  }

  /** Titles of loaded rows: getDataValue reads memory, not the database. */
  async titles(authorId: number): Promise<string[]> {
    const posts = await this.postModel.findAll({ where: { authorId }, limit: 50 });
    const titles: string[] = [];
    for (const post of posts) {
      titles.push(post.getDataValue('title')); // ok: query-in-loop -- getDataValue reads a loaded attribute
    }
    return titles;
  }

  /** Posts of many authors, [Op.in] in pages of 500 authors. */
  async postsByAuthors(authorIds: number[]): Promise<Post[]> {
    const found: Post[] = [];
    for (const ids of chunk(authorIds, 500)) {
      found.push(...(await this.postModel.findAll({ where: { authorId: { [Op.in]: ids } }, limit: 5000 }))); // ok: query-in-loop -- [Op.in]: one query per chunk
    }
    return found;
  }
}
