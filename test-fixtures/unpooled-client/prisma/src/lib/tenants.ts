import { PrismaClient } from '@prisma/client';

const tenantClients = new Map<string, PrismaClient>();

function tenantUrl(tenantId: string): string {
  return `prisma://accelerate.prisma-data.net/?api_key=${process.env[`TENANT_${tenantId.toUpperCase()}_KEY`] ?? ''}`;
}

/** One client per tenant, created the first time the tenant is seen. */
export function clientForTenant(tenantId: string): PrismaClient {
  let client = tenantClients.get(tenantId);
  if (!client) {
    client = new PrismaClient({ accelerateUrl: tenantUrl(tenantId) }); // ok: unpooled-client -- cached in a module-level Map per tenant
    tenantClients.set(tenantId, client);
  }
  return client;
}

let shared: PrismaClient | null = null;

export function sharedClient(): PrismaClient {
  if (!shared) shared = new PrismaClient({ accelerateUrl: process.env.ACCELERATE_URL ?? 'prisma://localhost' }); // ok: unpooled-client -- lazy singleton in a module-level variable
  return shared;
}
