import type { Knex } from 'knex';
import type { CommentRow } from '../types';

export class CommentRepository {
  constructor(private readonly db: Knex) {}

  /** All comments of a post: grows with the post. */
  forPost(postId: number) {
    return this.db<CommentRow>('comments').where({ post_id: postId }).orderBy('created_at'); // expect: unbounded-query
  }

  add(comment: Omit<CommentRow, 'id' | 'created_at'>) {
    return this.db<CommentRow>('comments').insert(comment).returning('id'); // ok: unbounded-query -- insert
  }

  removeByAuthor(authorId: number) {
    return this.db<CommentRow>('comments').where({ author_id: authorId }).del(); // ok: unbounded-query -- delete
  }

  countForPost(postId: number) {
    return this.db<CommentRow>('comments').where({ post_id: postId }).count('* as n').first(); // ok: unbounded-query -- aggregate count
  }
}
