import { Router, type Request } from 'express';
import { Client, Pool } from 'pg';
import { PostgresDriver, RateLimiterStore } from '../lib/drivers';

/** A repository that opens its own pool; fine once, wrong when made per request. */
class ReportRepository {
  private readonly pool: Pool;

  constructor(connectionString: string) {
    this.pool = new Pool({ connectionString, max: 5 }); // expect: unpooled-client
  }

  async monthly(): Promise<unknown[]> {
    const { rows } = await this.pool.query('SELECT month, revenue FROM monthly_revenue ORDER BY month DESC LIMIT 12');
    return rows;
  }
}

/** The same class, made once for the process: its pool lives as long as the process. */
class AuditRepository {
  private readonly pool: Pool;

  constructor() {
    this.pool = new Pool({ connectionString: process.env.AUDIT_URL, max: 2 }); // ok: unpooled-client -- the only instance is made at module level
  }

  async record(event: string): Promise<void> {
    await this.pool.query('INSERT INTO audit (event) VALUES ($1)', [event]);
  }
}

export const audit = new AuditRepository();

type RequestWithDb = Request & { db?: Client };

export const reportsRouter = Router();

reportsRouter.get('/reports/monthly', async (_req, res) => {
  const reports = new ReportRepository(process.env.DATABASE_URL ?? '');
  res.json(await reports.monthly());
});

reportsRouter.use(async (req: RequestWithDb, _res, next) => {
  // Stored on the request: it lives exactly as long as the request.
  req.db = new Client({ connectionString: process.env.DATABASE_URL }); // expect: unpooled-client
  await req.db.connect();
  next();
});

reportsRouter.get('/reports/regions', async (_req, res) => {
  const pools = ['eu', 'us'].map((region) => new Pool({ connectionString: `${process.env.DATABASE_URL}_${region}` })); // expect: unpooled-client
  const counts = await Promise.all(pools.map((regional) => regional.query('SELECT count(*) AS n FROM orders')));
  await Promise.all(pools.map((regional) => regional.end()));
  res.json(counts.map((result) => result.rows[0]));
});

reportsRouter.post('/reports/sql', async (req, res) => {
  const driver = new PostgresDriver(process.env.DATABASE_URL ?? '');
  res.json(await driver.run(String(req.body.sql)));
});

reportsRouter.get('/reports/limits', async (_req, res) => {
  const { rows } = await RateLimiterStore.getInstance().pool.query('SELECT key, remaining FROM limits LIMIT 100');
  res.json(rows);
});
