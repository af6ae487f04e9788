import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { User } from '../entities/user.entity';

async function main(): Promise<void> {
  const source = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, entities: [User], synchronize: true }); // ok: unpooled-client -- main() runs once from the module top level
  await source.initialize();
  await source.getRepository(User).save([
    { email: 'ada@example.com', name: 'Ada' },
    { email: 'grace@example.com', name: 'Grace' },
  ]);
  await source.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
