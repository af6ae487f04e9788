import { HydratedDocument, Schema, Types, model } from 'mongoose';

export interface IUser {
  email: string;
  name: string;
  credits: number;
  referrerId?: Types.ObjectId;
  lastSeenAt?: Date;
}

const userSchema = new Schema<IUser>({
  email: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  credits: { type: Number, default: 0 },
  referrerId: { type: Schema.Types.ObjectId, ref: 'User' },
  lastSeenAt: Date,
});

export type UserDocument = HydratedDocument<IUser>;
export const User = model('User', userSchema);
