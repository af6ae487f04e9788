/** Runs the variant of a query for the configured store (one callback per store, as analytics apps do). */
export const PRISMA = 'prisma';
export const CLICKHOUSE = 'clickhouse';

export async function runQuery<T>(variants: Record<string, () => Promise<T> | T>): Promise<T> {
  const store = process.env.CLICKHOUSE_URL ? CLICKHOUSE : PRISMA;
  return variants[store]();
}
