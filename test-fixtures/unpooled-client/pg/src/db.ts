import { Pool } from 'pg';

export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 }); // ok: unpooled-client -- module top level, created once

/** The analytics pool, created the first time a report needs it. */
export class AnalyticsDb {
  private static instance?: Pool;

  static pool(): Pool {
    AnalyticsDb.instance ??= new Pool({ connectionString: process.env.ANALYTICS_URL, max: 5 }); // ok: unpooled-client -- lazy static singleton
    return AnalyticsDb.instance;
  }
}

export interface UserRow {
  id: number;
  email: string;
  name: string | null;
}
