import { DataSource } from 'typeorm';
import { User } from '../entities/user.entity';

/** A data source on the reporting replica; the caller initializes and destroys it. */
export function createReportingDataSource(): DataSource {
  return new DataSource({ type: 'postgres', url: process.env.REPORTING_URL, entities: [User] }); // ok: unpooled-client -- factory: the calls to createReportingDataSource are judged instead
}

const tenantSources = new Map<string, Promise<DataSource>>();

/** One initialized data source per tenant schema, for the life of the process. */
export function tenantDataSource(tenantId: string): Promise<DataSource> {
  let source = tenantSources.get(tenantId);
  if (!source) {
    source = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, schema: `tenant_${tenantId}`, entities: [User] }).initialize(); // ok: unpooled-client -- cached in a module-level Map per tenant
    tenantSources.set(tenantId, source);
  }
  return source;
}
