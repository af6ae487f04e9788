import { createPool, type DatabasePool } from 'slonik';

let pool: DatabasePool | undefined;

/** One pool for the process, created on first use. */
export async function db(): Promise<DatabasePool> {
  pool ??= await createPool(process.env.DATABASE_URL ?? 'postgres://app@localhost/app');
  return pool;
}
