import mysql from 'mysql2/promise';
import type { Pool } from 'mysql2/promise';

const tenantPools = new Map<string, Pool>();

export function tenantPool(tenantId: string): Pool {
  let pool = tenantPools.get(tenantId);
  if (!pool) {
    pool = mysql.createPool({ host: process.env.MYSQL_HOST, user: 'app', database: `shop_${tenantId}`, connectionLimit: 3 }); // ok: unpooled-client -- cached in a module-level Map per tenant
    tenantPools.set(tenantId, pool);
  }
  return pool;
}
