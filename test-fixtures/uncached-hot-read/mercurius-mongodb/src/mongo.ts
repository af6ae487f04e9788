import { MongoClient, type ObjectId } from 'mongodb';

export const client = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');
export const db = client.db('shop');

export interface CountryDoc {
  code: string;
  name: string;
}

export interface PlanDoc {
  code: string;
  name: string;
  price: number;
}

export interface AccountDoc {
  _id: ObjectId;
  email: string;
  planCode: string;
  region: string;
  suspended: boolean;
}

export interface SettingDoc {
  key: string;
  value: string;
}

export interface TaxRateDoc {
  region: string;
  rate: number;
  active: boolean;
}

export const countries = db.collection<CountryDoc>('countries');
export const plans = db.collection<PlanDoc>('plans');
export const accounts = db.collection<AccountDoc>('accounts');
export const settings = db.collection<SettingDoc>('settings');
export const taxRates = db.collection<TaxRateDoc>('tax_rates');
