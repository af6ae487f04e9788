import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { readFileSync } from 'node:fs';
import { invoicePdf } from '../services/invoice-service';

// Init phase: runs once per cold start, outside any invocation.
const branding = JSON.parse(readFileSync(`${__dirname}/branding.json`, 'utf8')); // ok: sync-in-handler -- module top level, runs once per cold start

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const id = event.pathParameters?.id;
  if (!id) return { statusCode: 400, body: 'missing id' };
  const pdf = await invoicePdf(id, branding.company);
  return {
    statusCode: 200,
    isBase64Encoded: true,
    headers: { 'Content-Type': 'application/pdf' },
    body: pdf.toString('base64'),
  };
};
