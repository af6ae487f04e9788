import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { json } from '../db';
import { createOrder } from '../services/orders';

export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const body = JSON.parse(event.body ?? '{}') as { userId: string; net: number };
  return json(201, { id: await createOrder(body.userId, body.net) });
}
