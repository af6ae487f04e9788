import { knex } from 'knex';
import type { Knex } from 'knex';

/** A knex instance for one tenant's database; the caller must destroy() it. */
export function createTenantDb(connectionString: string): Knex {
  return knex({ client: 'pg', connection: connectionString, pool: { min: 0, max: 2 } }); // ok: unpooled-client -- factory: the calls to createTenantDb are judged instead
}

const tenantDbs = new Map<string, Knex>();

export function tenantDb(tenantId: string): Knex {
  let instance = tenantDbs.get(tenantId);
  if (!instance) {
    instance = knex({ client: 'pg', connection: `postgres://app@db/${tenantId}` }); // ok: unpooled-client -- cached in a module-level Map per tenant
    tenantDbs.set(tenantId, instance);
  }
  return instance;
}

let reporting: Knex | null = null;

export function reportingDb(): Knex {
  if (reporting === null) {
    reporting = knex({ client: 'pg', connection: process.env.REPORTING_URL }); // ok: unpooled-client -- lazy singleton in a module-level variable
  }
  return reporting;
}
