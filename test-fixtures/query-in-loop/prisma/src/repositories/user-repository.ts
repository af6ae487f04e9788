import type { PrismaClient, User } from '@prisma/client';

export class UserRepository {
  constructor(private readonly db: PrismaClient) {}

  findById(id: string): Promise<User | null> {
    return this.db.user.findUnique({ where: { id } });
  }

  findByIds(ids: string[]): Promise<User[]> {
    return this.db.user.findMany({ where: { id: { in: ids } } });
  }

  async findByEmail(email: string): Promise<User | null> {
    return this.db.user.findFirst({ where: { email: { equals: email, mode: 'insensitive' } } });
  }

  async rename(id: string, name: string): Promise<User> {
    return this.db.user.update({ where: { id }, data: { name } });
  }
}
