import { Schema, model } from 'mongoose';

export interface IUser {
  email: string;
  name: string;
  role: 'reader' | 'author' | 'admin';
  lastSeenAt?: Date;
}

const userSchema = new Schema<IUser>({
  email: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  role: { type: String, enum: ['reader', 'author', 'admin'], default: 'reader' },
  lastSeenAt: Date,
});

export const User = model<IUser>('User', userSchema);
