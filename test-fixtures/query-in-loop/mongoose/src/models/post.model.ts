import mongoose, { Schema, Types } from 'mongoose';

export interface IPost {
  title: string;
  body: string;
  authorId: Types.ObjectId;
  tags: string[];
  views: number;
  publishedAt?: Date;
}

const postSchema = new Schema<IPost>(
  {
    title: { type: String, required: true },
    body: { type: String, required: true },
    authorId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    tags: [String],
    views: { type: Number, default: 0 },
    publishedAt: Date,
  },
  { timestamps: true },
);

export const Post = mongoose.model<IPost>('Post', postSchema);
