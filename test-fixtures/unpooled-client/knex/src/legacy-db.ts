import Knex from 'knex';

/** The legacy CRM database; the instance is called `knex`, as in many older codebases. */
export const knex = Knex({ // ok: unpooled-client -- module top level, created once
  client: 'mysql2',
  connection: { host: process.env.CRM_HOST ?? 'crm-db', user: 'readonly', database: 'crm' },
  pool: { min: 0, max: 4 },
});
