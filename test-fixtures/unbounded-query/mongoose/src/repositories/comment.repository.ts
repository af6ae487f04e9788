import type { Model } from 'mongoose';
import { Types } from 'mongoose';
import { Comment, IComment } from '../models/comment.model';

export class CommentRepository {
  constructor(private readonly comments: Model<IComment>) {}

  /** Every comment of a post: grows with the post's popularity. */
  forPost(postId: string) {
    return this.comments.find({ postId: new Types.ObjectId(postId) }).sort({ createdAt: 1 }).lean(); // expect: unbounded-query
  }

  recentForPost(postId: string, size = 20) {
    return this.comments.find({ postId: new Types.ObjectId(postId) }).sort({ createdAt: -1 }).limit(size).lean(); // ok: unbounded-query -- limit(size)
  }

  byAuthor(authorId: string) {
    return this.comments.find({ authorId: new Types.ObjectId(authorId) }).exec(); // expect: unbounded-query
  }

  count(postId: string) {
    return this.comments.countDocuments({ postId: new Types.ObjectId(postId) }); // ok: unbounded-query -- aggregate count
  }

  one(id: string) {
    return this.comments.findOne({ _id: new Types.ObjectId(id) }); // ok: unbounded-query -- findOne returns one document
  }
}

export const commentRepository = new CommentRepository(Comment);
