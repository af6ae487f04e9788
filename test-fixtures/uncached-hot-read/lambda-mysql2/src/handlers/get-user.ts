import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import type { RowDataPacket } from 'mysql2/promise';
import { json, pool } from '../db';

export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const [rows] = await pool.execute<RowDataPacket[]>('SELECT id, email, plan_code FROM users WHERE id = ?', [event.pathParameters?.id ?? '']); // ok: uncached-hot-read -- depends on the event
  return rows[0] ? json(200, rows[0]) : json(404, { message: 'not found' });
}
