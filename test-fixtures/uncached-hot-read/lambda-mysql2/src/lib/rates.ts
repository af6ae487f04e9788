import type { RowDataPacket } from 'mysql2/promise';
import { pool } from '../db';

const DEFAULT_REGION = 'EU';

/** Three calls below the create-order handler, in a fourth file. */
export async function defaultTaxRate(): Promise<number> {
  const [rows] = await pool.execute<RowDataPacket[]>('SELECT rate FROM tax_rates WHERE region = ?', [DEFAULT_REGION]); // expect: uncached-hot-read
  return Number(rows[0]?.rate ?? 0);
}
