import type { Knex } from 'knex';
import type { UserRow } from '../types';

export class UserRepository {
  constructor(private readonly db: Knex) {}

  findById(id: string): Promise<UserRow | undefined> {
    return this.db<UserRow>('users').where({ id }).first();
  }

  findByIds(ids: string[]): Promise<UserRow[]> {
    return this.db<UserRow>('users').whereIn('id', ids);
  }

  async setRole(id: string, role: string): Promise<void> {
    await this.db('users').where({ id }).update({ role });
  }
}
