import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';
import { json, pool, type PlanRow } from '../db';

export const handler: APIGatewayProxyHandlerV2 = async () => {
  const [rows] = await pool.query<PlanRow[]>('SELECT code, name, price FROM plans ORDER BY price'); // expect: uncached-hot-read
  return json(200, rows);
};
