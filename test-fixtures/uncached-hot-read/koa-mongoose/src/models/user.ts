import { Schema, model } from 'mongoose';

export interface IUser {
  email: string;
  name: string;
  country: string;
  status: 'active' | 'suspended';
}

export const User = model<IUser>(
  'User',
  new Schema<IUser>({ email: { type: String, unique: true }, name: String, country: String, status: { type: String, default: 'active' } }),
);
