import { Pool } from 'pg';

/** A read-only pool on the reporting replica. */
export function createReportingPool(statementTimeoutMs = 30_000): Pool {
  return new Pool({ // ok: unpooled-client -- factory: the calls to createReportingPool are judged instead
    connectionString: process.env.REPORTING_URL,
    statement_timeout: statementTimeoutMs,
    max: 4,
  });
}
