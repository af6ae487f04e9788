import { eq, inArray } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import * as schema from '../schema';
import { users, type User } from '../schema';

export class UserRepository {
  constructor(private readonly db: NodePgDatabase<typeof schema>) {}

  async findById(id: string): Promise<User | undefined> {
    const [user] = await this.db.select().from(users).where(eq(users.id, id)).limit(1);
    return user;
  }

  findByIds(ids: string[]): Promise<User[]> {
    return this.db.select().from(users).where(inArray(users.id, ids));
  }

  async setRole(id: string, role: string): Promise<void> {
    await this.db.update(users).set({ role }).where(eq(users.id, id));
  }
}
