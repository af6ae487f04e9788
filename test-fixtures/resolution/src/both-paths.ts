import { clients } from './clients';

export async function countPerUser(userIds: string[]) {
  const counts: number[] = [];
  for (const id of userIds) {
    const { rows } = await clients.analytics.query('SELECT count(*) FROM events WHERE user_id = $1', [id]);
    counts.push(Number(rows[0].count));
  }
  return counts;
}
