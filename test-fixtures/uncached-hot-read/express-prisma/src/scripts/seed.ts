import { prisma } from '../db';
import { anySetting } from '../services/settings';

async function main(): Promise<void> {
  const existing = await prisma.setting.findMany(); // ok: uncached-hot-read -- a script no handler reaches
  if (existing.length === 0) {
    await prisma.setting.createMany({ data: [{ key: 'maintenance', value: 'off' }, { key: 'theme', value: 'light' }] });
  }
  const products = await prisma.product.count(); // ok: uncached-hot-read -- a script no handler reaches
  console.log(`${products} products, sender ${await anySetting('mail-sender')}`);
}

main().finally(() => prisma.$disconnect());
