import mysql from 'mysql2/promise';
import type { RowDataPacket } from 'mysql2/promise';

/** One pool per Lambda container, created during the init phase. */
export const pool = mysql.createPool({ uri: process.env.MYSQL_URL ?? 'mysql://app@localhost/shop', connectionLimit: 2 });

export interface PlanRow extends RowDataPacket {
  code: string;
  name: string;
  price: number;
}

export interface OrderRow extends RowDataPacket {
  id: number;
  user_id: string;
  total: number;
  region: string;
}

export const json = (statusCode: number, body: unknown) => ({ statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
