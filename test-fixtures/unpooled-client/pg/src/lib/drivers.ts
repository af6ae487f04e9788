import { Client, Pool } from 'pg';

/** A per-query driver, as SQL-editor backends have: each query gets a new driver object. */
export class PostgresDriver {
  private client?: Client;

  constructor(private readonly connectionString: string) {}

  async connect(): Promise<Client> {
    this.client = new Client({ connectionString: this.connectionString }); // expect: unpooled-client
    await this.client.connect();
    return this.client;
  }

  async run(text: string): Promise<unknown[]> {
    const client = await this.connect();
    try {
      return (await client.query(text)).rows;
    } finally {
      await client.end();
    }
  }
}

/** A service made once, whose pool is created on first use and kept on the instance. */
export class MetricsService {
  private pool?: Pool;

  private db(): Pool {
    if (!this.pool) this.pool = new Pool({ connectionString: process.env.METRICS_URL, max: 3 }); // ok: unpooled-client -- lazy, kept on the instance
    return this.pool;
  }

  async count(table: 'events' | 'sessions'): Promise<number> {
    const { rows } = await this.db().query(`SELECT count(*) AS n FROM ${table}`);
    return Number(rows[0].n);
  }
}

export const metrics = new MetricsService();

/** Runs `work` inside a tracing span, once, where it is called. */
export function startSpan<T>(name: string, work: () => T): T {
  console.debug(`span ${name}`);
  return work();
}

export let tracedPool: Pool | undefined;
startSpan('db.init', () => {
  tracedPool = new Pool({ connectionString: process.env.DATABASE_URL }); // ok: unpooled-client -- a span callback run once from the module top level
});

/** A singleton made on first use by a static getter; its constructor opens the pool once. */
export class RateLimiterStore {
  private static instance?: RateLimiterStore;
  readonly pool: Pool;

  private constructor() {
    this.pool = new Pool({ connectionString: process.env.LIMITS_URL, max: 2 }); // ok: unpooled-client -- the only instance is a lazy singleton (getInstance)
  }

  static getInstance(): RateLimiterStore {
    if (!RateLimiterStore.instance) {
      RateLimiterStore.instance = new RateLimiterStore();
    }
    return RateLimiterStore.instance;
  }
}
