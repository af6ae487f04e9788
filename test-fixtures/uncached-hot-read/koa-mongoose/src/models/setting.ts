import { Schema, model } from 'mongoose';

export interface ISetting {
  key: string;
  value: string;
}

export const Setting = model<ISetting>('Setting', new Schema<ISetting>({ key: { type: String, unique: true }, value: String }));
