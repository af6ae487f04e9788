import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';
import { execSync } from 'node:child_process';

// serverless.yml: `handler: dist/handlers/report.generateReport`. The export name is configured, the type says it is a handler.
export const generateReport: APIGatewayProxyHandlerV2 = async (event) => {
  const month = event.queryStringParameters?.month ?? '2024-01';
  const csv = execSync(`/opt/bin/report --month ${JSON.stringify(month)}`, { encoding: 'utf8' }); // expect: sync-in-handler
  return { statusCode: 200, headers: { 'Content-Type': 'text/csv' }, body: csv };
};
