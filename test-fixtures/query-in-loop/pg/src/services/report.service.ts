import { analytics } from '../analytics-db';

export async function dailyTotals(days: string[]) {
  const totals: Record<string, number> = {};
  for (const day of days) {
    const result = await analytics.query<{ total: string }>(`SELECT sum(total_cents) AS total FROM orders WHERE created_at::date = '${day}'`); // expect: query-in-loop
    totals[day] = Number(result.rows[0].total ?? 0);
  }
  return totals;
}

export async function dailyTotalsBatched(days: string[]) {
  const result = await analytics.query<{ day: string; total: string }>(
    'SELECT created_at::date AS day, sum(total_cents) AS total FROM orders WHERE created_at::date = ANY($1::date[]) GROUP BY 1',
    [days], // ok: query-in-loop -- one query for every day
  );
  return Object.fromEntries(result.rows.map((row) => [row.day, Number(row.total)])); // ok: query-in-loop -- rows of one query, no I/O
}
