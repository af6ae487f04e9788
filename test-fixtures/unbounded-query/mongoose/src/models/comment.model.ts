import { Schema, Types, model } from 'mongoose';

export interface IComment {
  postId: Types.ObjectId;
  authorId: Types.ObjectId;
  text: string;
  flagged: boolean;
  createdAt: Date;
}

const commentSchema = new Schema<IComment>({
  postId: { type: Schema.Types.ObjectId, ref: 'Post', required: true, index: true },
  authorId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  text: { type: String, required: true },
  flagged: { type: Boolean, default: false },
  createdAt: { type: Date, default: Date.now },
});

export const Comment = model<IComment>('Comment', commentSchema);
