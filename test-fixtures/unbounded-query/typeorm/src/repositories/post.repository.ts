import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { Post } from '../entities/post.entity';

/** A custom repository (TypeORM 0.3 style): the entity's Repository plus domain queries. */
@Injectable()
export class PostRepository extends Repository<Post> {
  constructor(dataSource: DataSource) {
    super(Post, dataSource.createEntityManager());
  }

  findBySlug(slug: string): Promise<Post | null> {
    return this.findOneBy({ slug }); // ok: unbounded-query -- lookup by a unique key
  }

  /** Every post of an author, however prolific. */
  byAuthor(authorId: number): Promise<Post[]> {
    return this.find({ where: { authorId }, order: { createdAt: 'DESC' } }); // expect: unbounded-query
  }

  /** The author's most read posts. */
  topByAuthor(authorId: number, limit = 5): Promise<Post[]> {
    return this.find({ where: { authorId, published: true }, order: { views: 'DESC' }, take: limit }); // ok: unbounded-query -- take bounds it
  }

  async totalViews(authorId: number): Promise<number> {
    return (await this.sum('views', { authorId })) ?? 0; // ok: unbounded-query -- aggregate
  }
}
