import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';
import type { RowDataPacket } from 'mysql2/promise';
import { json, pool } from '../db';

const MAINTENANCE_KEY = 'maintenance';

export const handler: APIGatewayProxyHandlerV2 = async () => {
  const [rows] = await pool.execute<RowDataPacket[]>('SELECT value FROM settings WHERE `key` = ?', [MAINTENANCE_KEY]); // expect: uncached-hot-read
  return json(200, { maintenance: rows[0]?.value === 'on' });
};
