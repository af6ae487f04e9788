import mongoose, { Schema, Types } from 'mongoose';

export interface IPost {
  title: string;
  body: string;
  authorId: Types.ObjectId;
  tags: string[];
  status: 'draft' | 'published' | 'archived';
  views: number;
  publishedAt?: Date;
}

const postSchema = new Schema<IPost>(
  {
    title: { type: String, required: true },
    body: { type: String, required: true },
    authorId: { type: Schema.Types.ObjectId, ref: 'User', required: true, index: true },
    tags: { type: [String], index: true },
    status: { type: String, enum: ['draft', 'published', 'archived'], default: 'draft' },
    views: { type: Number, default: 0 },
    publishedAt: Date,
  },
  { timestamps: true },
);

export const Post = mongoose.model<IPost>('Post', postSchema);
