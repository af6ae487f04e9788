import { PrismaClient } from '@prisma/client';

async function main(): Promise<void> {
  const prisma = new PrismaClient({ accelerateUrl: process.env.ACCELERATE_URL ?? 'prisma://localhost' }); // ok: unpooled-client -- main() runs once from the module top level
  try {
    await prisma.user.createMany({
      data: [
        { email: 'ada@example.com', name: 'Ada' },
        { email: 'grace@example.com', name: 'Grace' },
      ],
      skipDuplicates: true,
    });
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
