import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { readFileSync } from 'fs';
import * as path from 'path';
import type { OrderRow } from '../db';
import { pool } from '../db';

const TEMPLATE_PATH = path.join(__dirname, '..', 'templates', 'receipt.html');
const branding = JSON.parse(readFileSync(path.join(__dirname, '..', 'config', 'branding.json'), 'utf8')) as { company: string }; // ok: uncached-hot-read -- module top level (Lambda init phase)

export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const [orders] = await pool.execute<OrderRow[]>('SELECT id, user_id, total, region FROM orders WHERE id = ?', [event.pathParameters?.orderId ?? '']); // ok: uncached-hot-read -- depends on the event
  const template = readFileSync(TEMPLATE_PATH, 'utf8'); // expect: uncached-hot-read
  const html = template.replace('{{company}}', branding.company).replace('{{total}}', String(orders[0]?.total ?? 0));
  return { statusCode: 200, headers: { 'content-type': 'text/html' }, body: html };
}
