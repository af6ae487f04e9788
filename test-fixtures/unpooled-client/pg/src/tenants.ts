import { Pool } from 'pg';

interface Tenant {
  id: string;
  databaseUrl: string;
}

const TENANTS: Tenant[] = JSON.parse(process.env.TENANTS ?? '[]');

/** The known tenants' pools, opened once when the module loads. */
export const tenantPools = new Map<string, Pool>();
for (const tenant of TENANTS) {
  tenantPools.set(tenant.id, new Pool({ connectionString: tenant.databaseUrl, max: 4 })); // ok: unpooled-client -- top-level loop, runs once at load
}

const lateTenantPools = new Map<string, Pool>();

/** Tenants added after start-up get a pool on first use, then keep it. */
export function poolForTenant(tenantId: string): Pool {
  const known = tenantPools.get(tenantId);
  if (known) return known;
  let pool = lateTenantPools.get(tenantId);
  if (!pool) {
    pool = new Pool({ connectionString: `postgres://app@db/${tenantId}`, max: 4 }); // ok: unpooled-client -- cached in a module-level Map per tenant
    lateTenantPools.set(tenantId, pool);
  }
  return pool;
}
