import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindManyOptions, In, Repository } from 'typeorm';
import { ListQuery, applyPaging, paged, paginate, sortBy } from '../common/pagination';
import { Post } from '../entities/post.entity';
import { PostRepository } from '../repositories/post.repository';

@Injectable()
export class PostsService {
  constructor(
    @InjectRepository(Post) private readonly posts: Repository<Post>,
    private readonly postRepository: PostRepository,
  ) {}

  /** The front page: every published post. */
  listPublished(): Promise<Post[]> {
    return this.posts.find({ where: { published: true }, order: { createdAt: 'DESC' } }); // expect: unbounded-query
  }

  /** A page of published posts; the page comes from a spread helper. */
  listPage(query: ListQuery): Promise<Post[]> {
    return this.posts.find({ where: { published: true }, ...paginate(query) }); // ok: unbounded-query -- ...paginate(query) spreads take/skip
  }

  /** Sorted, but the spread helper only brings an order. */
  listSorted(query: ListQuery): Promise<Post[]> {
    return this.posts.find({ where: { published: true }, ...sortBy(query) }); // expect: unbounded-query
  }

  /** The limit is optional: without ?limit= every row comes back. */
  search(query: ListQuery): Promise<Post[]> {
    return this.posts.find({ // expect: unbounded-query
      where: { published: true },
      take: query.limit ? Number(query.limit) : undefined,
    });
  }

  /** A clamped limit with a default: always bounded. */
  latest(query: ListQuery): Promise<Post[]> {
    return this.posts.find({ order: { createdAt: 'DESC' }, take: Math.min(Number(query.limit) || 20, 100) }); // ok: unbounded-query -- clamped take with a default
  }

  /** Options built in a variable, with a take. */
  drafts(authorId: number): Promise<Post[]> {
    const options: FindManyOptions<Post> = { where: { authorId, published: false }, order: { createdAt: 'DESC' }, take: 50 };
    return this.posts.find(options); // ok: unbounded-query -- the options variable has take: 50
  }

  /** Options built in a variable; take only when the client asks for it. */
  archive(query: ListQuery): Promise<Post[]> {
    const options: FindManyOptions<Post> = { where: { published: true }, order: { createdAt: 'ASC' } };
    if (query.limit) options.take = Number(query.limit);
    return this.posts.find(options); // expect: unbounded-query
  }

  /** Options built in a variable and paged by a helper. */
  popular(query: ListQuery): Promise<Post[]> {
    const options: FindManyOptions<Post> = { where: { published: true }, order: { views: 'DESC' } };
    applyPaging(options, query);
    return this.posts.find(options); // ok: unbounded-query -- applyPaging sets take/skip
  }

  /** "Paginated", but skip without take still reads every row after the offset. */
  byAuthorPage(authorId: number, page: number): Promise<[Post[], number]> {
    return this.posts.findAndCount({ where: { authorId }, skip: (page - 1) * 20 }); // expect: unbounded-query
  }

  byAuthorPaged(authorId: number, page: number): Promise<[Post[], number]> {
    return this.posts.findAndCount({ where: { authorId }, skip: (page - 1) * 20, take: 20 }); // ok: unbounded-query -- take bounds it
  }

  findBySlug(slug: string): Promise<Post | null> {
    return this.postRepository.findBySlug(slug);
  }

  findById(id: number): Promise<Post | null> {
    return this.posts.findOne({ where: { id }, relations: { author: true } }); // ok: unbounded-query -- primary key lookup
  }

  byIds(ids: number[]): Promise<Post[]> {
    return this.posts.findBy({ id: In(ids) }); // ok: unbounded-query -- bounded by the input list
  }

  byAuthor(authorId: number): Promise<Post[]> {
    return this.postRepository.byAuthor(authorId);
  }

  countPublished(): Promise<number> {
    return this.posts.count({ where: { published: true } }); // ok: unbounded-query -- aggregate
  }

  async mostViewed(): Promise<number> {
    return (await this.posts.maximum('views', { published: true })) ?? 0; // ok: unbounded-query -- aggregate
  }

  /** A tag listing, assembled across statements; the limit is conditional. */
  async tagged(query: ListQuery): Promise<Post[]> {
    const qb = this.posts.createQueryBuilder('p').innerJoin('post_tags', 'pt', 'pt.post_id = p.id').where('p.published = true');
    if (query.tag) qb.andWhere('pt.tag = :tag', { tag: query.tag });
    if (query.limit) qb.take(Number(query.limit));
    return qb.getMany(); // expect: unbounded-query
  }

  /** The same listing, paged by a helper. */
  async taggedPage(query: ListQuery): Promise<Post[]> {
    const qb = this.posts.createQueryBuilder('p').innerJoin('post_tags', 'pt', 'pt.post_id = p.id').where('pt.tag = :tag', { tag: query.tag });
    return paged(qb, query).getMany(); // ok: unbounded-query -- paged() applies take/skip
  }

  /** Posts with their authors, newest first, every one of them. */
  withAuthors(): Promise<Post[]> {
    return this.posts.createQueryBuilder('p') // expect: unbounded-query
      .leftJoinAndSelect('p.author', 'a')
      .where('p.published = :published', { published: true })
      .orderBy('p.createdAt', 'DESC')
      .getMany();
  }

  trending(): Promise<Post[]> {
    return this.posts.createQueryBuilder('p') // ok: unbounded-query -- .take(10)
      .where('p.published = true')
      .orderBy('p.views', 'DESC')
      .take(10)
      .getMany();
  }

  newestOf(authorId: number): Promise<Post | null> {
    return this.posts.createQueryBuilder('p').where('p.authorId = :authorId', { authorId }).orderBy('p.createdAt', 'DESC').getOne(); // ok: unbounded-query -- getOne reads one row
  }

  /** Loading a known set of posts by id with the query builder. */
  hydrate(ids: number[]): Promise<Post[]> {
    return this.posts.createQueryBuilder('p').leftJoinAndSelect('p.author', 'a').whereInIds(ids).getMany(); // ok: unbounded-query -- bounded by the input list
  }

  async publish(id: number): Promise<void> {
    await this.posts.update({ id }, { published: true }); // ok: unbounded-query -- write
  }

  async removeDrafts(authorId: number): Promise<void> {
    await this.posts.createQueryBuilder().delete().from(Post).where('authorId = :authorId AND published = false', { authorId }).execute(); // ok: unbounded-query -- write
  }

  /** A real-world shape: the builder awaited into a variable, the limit applied only when asked for. */
  async feed(authorIds: number[], query: { limit?: number; offset?: number }): Promise<Post[]> {
    const qb = await this.posts.createQueryBuilder('p').where('p.authorId IN (:...authorIds)', { authorIds });
    qb.orderBy('p.createdAt', 'DESC');
    if ('limit' in query) qb.limit(query.limit);
    if ('offset' in query) qb.offset(query.offset);
    return qb.getMany(); // expect: unbounded-query
  }

  /** The same, always capped. */
  async feedPage(authorIds: number[], query: { limit?: number }): Promise<Post[]> {
    const qb = await this.posts.createQueryBuilder('p').where('p.authorId IN (:...authorIds)', { authorIds });
    qb.orderBy('p.createdAt', 'DESC').take(Math.min(query.limit ?? 20, 100));
    return qb.getMany(); // ok: unbounded-query -- take() on every path
  }
}
