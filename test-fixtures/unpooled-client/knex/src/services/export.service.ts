import knex from 'knex';
import type { UserRow } from '../types';

/** Exports users from the warehouse; runs on every export request. */
export async function exportUsers(since: Date): Promise<UserRow[]> {
  const warehouse = knex({ // expect: unpooled-client
    client: 'pg',
    connection: process.env.WAREHOUSE_URL,
  });
  try {
    return await warehouse<UserRow>('users').where('created_at', '>=', since).limit(10_000);
  } finally {
    await warehouse.destroy();
  }
}
