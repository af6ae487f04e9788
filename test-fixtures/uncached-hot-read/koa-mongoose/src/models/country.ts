import { Schema, model } from 'mongoose';

export interface ICountry {
  code: string;
  name: string;
  currency: string;
}

export const Country = model<ICountry>('Country', new Schema<ICountry>({ code: { type: String, unique: true }, name: String, currency: String }));
