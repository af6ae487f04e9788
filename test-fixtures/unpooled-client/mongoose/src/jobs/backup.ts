import mongoose from 'mongoose';
import { userSchema } from '../models/user.model';
import { openTenantConnection } from '../tenants/tenant-connections';

/** Nightly: counts every tenant's users, a connection per tenant per run. */
export async function countTenantUsers(tenantIds: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const tenantId of tenantIds) {
    const connection = openTenantConnection(tenantId); // expect: unpooled-client
    counts[tenantId] = await connection.model('User', userSchema).countDocuments();
    await connection.close();
  }
  return counts;
}

setInterval(async () => {
  const connection = await mongoose.createConnection(process.env.MONGO_URL ?? 'mongodb://localhost:27017/app').asPromise(); // expect: unpooled-client
  await connection.collection('sessions').deleteMany({ expiresAt: { $lt: new Date() } });
  await connection.close();
}, 15 * 60_000);
