import pg from 'pg';
import { AnalyticsDb } from '../db';
import { createReportingPool } from '../lib/reporting';

export async function revenueByMonth(year: number): Promise<Array<{ month: number; total: string }>> {
  const reporting = createReportingPool(); // expect: unpooled-client
  try {
    const { rows } = await reporting.query('SELECT extract(month FROM paid_at) AS month, sum(total) AS total FROM orders WHERE extract(year FROM paid_at) = $1 GROUP BY 1', [year]);
    return rows;
  } finally {
    await reporting.end();
  }
}

export async function activeUsers(): Promise<number> {
  const { rows } = await AnalyticsDb.pool().query<{ n: string }>('SELECT count(*) AS n FROM sessions WHERE last_seen > now() - interval \'1 day\''); // ok: unpooled-client -- lazy static singleton getter
  return Number(rows[0].n);
}

export async function tableSizes(): Promise<Array<{ relname: string; size: string }>> {
  const client = new pg.Client(process.env.DATABASE_URL); // expect: unpooled-client
  await client.connect();
  const { rows } = await client.query('SELECT relname, pg_size_pretty(pg_total_relation_size(relid)) AS size FROM pg_stat_user_tables');
  await client.end();
  return rows;
}
