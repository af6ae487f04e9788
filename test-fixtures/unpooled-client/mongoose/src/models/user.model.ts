import { Schema, model } from 'mongoose';

export interface IUser {
  email: string;
  name: string;
  tenantId: string;
}

export const userSchema = new Schema<IUser>({
  email: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  tenantId: { type: String, required: true, index: true },
});

export const User = model('User', userSchema);
