import { PrismaClient } from '@prisma/client';

/** Writes an audit setting row; the routes call this on every write. */
export async function recordAudit(key: string, value: string): Promise<void> {
  const audit = new PrismaClient({ accelerateUrl: process.env.AUDIT_ACCELERATE_URL ?? 'prisma://audit' }); // expect: unpooled-client
  await audit.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
  await audit.$disconnect();
}
