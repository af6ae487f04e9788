import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { json } from '../db';
import { assertOwner, findOrder } from '../services/orders';

/** findOrder and assertOwner both run the same SELECT for the same id. */
export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const id = event.pathParameters?.orderId ?? '';
  const order = await findOrder(id); // ok: uncached-hot-read -- the first of the two identical reads
  if (!order) return json(404, { message: 'not found' });
  await assertOwner(id, event.headers['x-user-id'] ?? ''); // expect: uncached-hot-read
  return json(200, order);
}
