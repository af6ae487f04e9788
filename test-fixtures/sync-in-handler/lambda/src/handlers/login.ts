import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import bcrypt from 'bcrypt';
import { randomUUID } from 'node:crypto';

const users = new Map<string, string>(Object.entries(JSON.parse(process.env.USER_HASHES ?? '{}')));

export async function handler(event: APIGatewayProxyEventV2, context: Context): Promise<APIGatewayProxyResultV2> {
  const { email, password } = JSON.parse(event.body ?? '{}') as { email?: string; password?: string };
  const hash = email ? users.get(email) : undefined;
  if (!hash || !password || !bcrypt.compareSync(password, hash)) { // expect: sync-in-handler
    return { statusCode: 401, body: JSON.stringify({ requestId: context.awsRequestId }) };
  }
  return { statusCode: 200, body: JSON.stringify({ token: randomUUID() }) };
}
