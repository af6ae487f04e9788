import pg from 'pg';

export const analytics = new pg.Pool({ connectionString: process.env.ANALYTICS_URL });
