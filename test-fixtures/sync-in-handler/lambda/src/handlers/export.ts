import type { APIGatewayProxyHandler } from 'aws-lambda';
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';

const gzipAsync = promisify(gzip);

export const handler: APIGatewayProxyHandler = async (event) => {
  const rows = JSON.parse(event.body ?? '[]') as unknown[];
  const compact = event.queryStringParameters?.compact === '1';
  const body = compact
    ? gzipSync(JSON.stringify(rows)) // expect: sync-in-handler
    : await gzipAsync(JSON.stringify(rows, null, 2)); // ok: sync-in-handler -- promisified async gzip
  return { statusCode: 200, isBase64Encoded: true, headers: { 'Content-Encoding': 'gzip' }, body: body.toString('base64') };
};
