import { EventEmitter } from 'node:events';
import { QueryTypes, Sequelize } from 'sequelize';
import { createSequelize } from '../lib/database';

export const userEvents = new EventEmitter();

userEvents.on('user.deleted', async (userId: number) => {
  const archive = new Sequelize(process.env.ARCHIVE_URL ?? 'postgres://archive/app', { logging: false }); // expect: unpooled-client
  await archive.query('INSERT INTO deleted_users (id, deleted_at) VALUES (?, now())', { replacements: [userId] });
  await archive.close();
});

/** Counts users on every regional database, one instance per region per run. */
export async function countByRegion(regionUrls: Record<string, string>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [region, url] of Object.entries(regionUrls)) {
    const regional = createSequelize(url); // expect: unpooled-client
    const [row] = await regional.query<{ n: number }>('SELECT count(*) AS n FROM users', { type: QueryTypes.SELECT });
    counts[region] = row.n;
    await regional.close();
  }
  return counts;
}
