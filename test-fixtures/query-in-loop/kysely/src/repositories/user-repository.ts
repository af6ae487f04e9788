import type { Kysely } from 'kysely';
import type { Database, User } from '../database';

export class UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  findById(id: string): Promise<User | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByIds(ids: string[]): Promise<User[]> {
    return this.db.selectFrom('users').selectAll().where('id', 'in', ids).execute();
  }

  async setRole(id: string, role: string): Promise<void> {
    await this.db.updateTable('users').set({ role }).where('id', '=', id).execute();
  }
}
