import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ListQuery, paginate } from '../common/pagination';
import { Comment } from '../entities/comment.entity';

@Injectable()
export class CommentsService {
  constructor(@InjectRepository(Comment) private readonly comments: Repository<Comment>) {}

  /** All comments of a post: grows with the thread. */
  forPost(postId: number): Promise<Comment[]> {
    return this.comments.find({ where: { postId }, order: { createdAt: 'ASC' } }); // expect: unbounded-query
  }

  /** One page of a thread. */
  forPostPage(postId: number, query: ListQuery): Promise<[Comment[], number]> {
    return this.comments.findAndCount({ where: { postId }, order: { createdAt: 'ASC' }, ...paginate(query) }); // ok: unbounded-query -- ...paginate(query) spreads take/skip
  }

  /** Everything a user ever wrote. */
  byAuthor(authorId: number): Promise<Comment[]> {
    return this.comments.findBy({ authorId }); // expect: unbounded-query
  }

  /** The moderation queue, counted and returned whole. */
  flagged(): Promise<[Comment[], number]> {
    return this.comments.findAndCount({ where: { flagged: true }, order: { createdAt: 'ASC' } }); // expect: unbounded-query
  }

  forPosts(postIds: number[]): Promise<Comment[]> {
    return this.comments.find({ where: { postId: In(postIds) } }); // ok: unbounded-query -- bounded by the input list
  }

  countForPost(postId: number): Promise<number> {
    return this.comments.countBy({ postId }); // ok: unbounded-query -- aggregate
  }

  async likesForPost(postId: number): Promise<number> {
    return (await this.comments.sum('likes', { postId })) ?? 0; // ok: unbounded-query -- aggregate
  }

  /** Top commenters of a post, through the query builder with a limit. */
  topCommenters(postId: number): Promise<Array<{ authorId: number; comments: string }>> {
    return this.comments.createQueryBuilder('c') // ok: unbounded-query -- .limit(10)
      .select('c.authorId', 'authorId')
      .addSelect('COUNT(*)', 'comments')
      .where('c.postId = :postId', { postId })
      .groupBy('c.authorId')
      .orderBy('comments', 'DESC')
      .limit(10)
      .getRawMany();
  }

  async stats(postId: number): Promise<{ total: number; likes: number }> {
    const row = await this.comments.createQueryBuilder('c') // ok: unbounded-query -- aggregate, one row
      .select('COUNT(*)', 'total')
      .addSelect('COALESCE(SUM(c.likes), 0)', 'likes')
      .where('c.postId = :postId', { postId })
      .getRawOne<{ total: string; likes: string }>();
    return { total: Number(row?.total ?? 0), likes: Number(row?.likes ?? 0) };
  }

  async flag(id: number): Promise<void> {
    await this.comments.update({ id }, { flagged: true }); // ok: unbounded-query -- write
  }

  async purgeFlagged(): Promise<void> {
    await this.comments.delete({ flagged: true }); // ok: unbounded-query -- write
  }
}
