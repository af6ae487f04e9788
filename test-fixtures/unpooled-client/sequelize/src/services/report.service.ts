import { QueryTypes, Sequelize } from 'sequelize';
import { createSequelize } from '../lib/database';

export async function signupsPerDay(days: number): Promise<Array<{ day: string; n: number }>> {
  const reporting = new Sequelize(process.env.REPORTING_URL ?? 'postgres://reporting/app', { logging: false }); // expect: unpooled-client
  try {
    return await reporting.query("SELECT date_trunc('day', created_at) AS day, count(*) AS n FROM users WHERE created_at > now() - make_interval(days => :days) GROUP BY 1", {
      replacements: { days },
      type: QueryTypes.SELECT,
    });
  } finally {
    await reporting.close();
  }
}

export async function activeSessions(): Promise<number> {
  const sessions = createSequelize(process.env.SESSIONS_URL ?? 'postgres://sessions/app'); // expect: unpooled-client
  try {
    const [row] = await sessions.query<{ n: number }>('SELECT count(*) AS n FROM sessions WHERE expires_at > now()', { type: QueryTypes.SELECT });
    return row.n;
  } finally {
    await sessions.close();
  }
}
