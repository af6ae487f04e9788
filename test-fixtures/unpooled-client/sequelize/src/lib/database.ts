import { Sequelize } from 'sequelize';
import type { Options } from 'sequelize';

/** The warehouse connection, created the first time something asks for it. */
export class Warehouse {
  private static instance?: Sequelize;

  static get(): Sequelize {
    return (Warehouse.instance ??= new Sequelize(process.env.WAREHOUSE_URL ?? 'postgres://warehouse/app', { logging: false })); // ok: unpooled-client -- lazy static singleton
  }
}

/** Builds a Sequelize instance for a database; the caller must close() it. */
export function createSequelize(url: string, options: Options = {}): Sequelize {
  return new Sequelize(url, { logging: false, pool: { max: 2 }, ...options }); // ok: unpooled-client -- factory: the calls to createSequelize are judged instead
}

const tenantInstances = new Map<string, Sequelize>();

export function sequelizeForTenant(tenantId: string): Sequelize {
  let instance = tenantInstances.get(tenantId);
  if (!instance) {
    instance = new Sequelize(`tenant_${tenantId}`, 'app', process.env.DB_PASSWORD, { host: 'db', dialect: 'postgres', logging: false }); // ok: unpooled-client -- cached in a module-level Map per tenant
    tenantInstances.set(tenantId, instance);
  }
  return instance;
}
