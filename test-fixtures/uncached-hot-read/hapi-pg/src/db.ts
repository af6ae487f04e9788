import { Pool } from 'pg';

export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export interface Plan {
  code: string;
  name: string;
  price: number;
}

export interface Account {
  id: string;
  email: string;
  plan_code: string;
  status: string;
}
