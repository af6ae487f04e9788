import knex from 'knex';

export const db = knex({ // ok: unpooled-client -- module top level, created once
  client: 'pg',
  connection: process.env.DATABASE_URL,
  pool: { min: 2, max: 10 },
});
