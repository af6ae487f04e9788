import mongoose from 'mongoose';
import type { Connection } from 'mongoose';

const tenantConnections = new Map<string, Connection>();

export function tenantUri(tenantId: string): string {
  return `mongodb+srv://${tenantId}.cluster.example.net/app`;
}

/** Opens a connection to a tenant's cluster; the caller owns it. */
export function openTenantConnection(tenantId: string): Connection {
  return mongoose.createConnection(tenantUri(tenantId), { maxPoolSize: 2 }); // ok: unpooled-client -- factory: the calls to openTenantConnection are judged instead
}

/** One connection per tenant for the life of the process. */
export function tenantConnection(tenantId: string): Connection {
  let connection = tenantConnections.get(tenantId);
  if (!connection) {
    connection = mongoose.createConnection(tenantUri(tenantId)); // ok: unpooled-client -- cached in a module-level Map per tenant
    tenantConnections.set(tenantId, connection);
  }
  return connection;
}

/** Tenants that share the main cluster get their own database on the default connection. */
export function sharedTenantDb(tenantId: string): Connection {
  return mongoose.connection.useDb(`tenant_${tenantId}`, { useCache: true }); // ok: unpooled-client -- useDb reuses the default connection's pool
}
