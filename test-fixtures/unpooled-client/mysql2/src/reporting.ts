import { createPool } from 'mysql2/promise';
import type { Pool } from 'mysql2/promise';

let reportingPool: Pool | undefined;

/** The reporting replica's pool, opened on first use. */
export function reporting(): Pool {
  reportingPool ??= createPool(process.env.MYSQL_REPORTING_URL ?? 'mysql://reporting@reporting-db/shop'); // ok: unpooled-client -- lazy singleton
  return reportingPool;
}
