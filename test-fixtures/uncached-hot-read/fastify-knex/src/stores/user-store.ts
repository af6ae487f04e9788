import { db } from '../db';
import type { IUserStore, User } from './store';

export class UserStore implements IUserStore {
  /** A base query its callers finish (Unleash's `activeUsers()`). */
  private activeUsers() {
    return db<User>('users').where({ deleted_at: null }); // ok: uncached-hot-read -- a builder its callers extend; judged where they finish it
  }

  async getAll(): Promise<User[]> {
    return this.activeUsers().select('id', 'email', 'deleted_at').orderBy('email');
  }

  async getById(id: number): Promise<User | undefined> {
    return this.activeUsers().where({ id }).first(); // ok: uncached-hot-read -- depends on the request
  }

  /** The count subquery is a column of the outer query, not a query of its own. */
  async withRoleCounts(): Promise<unknown[]> {
    return db('roles').select('roles.type', db.raw('(SELECT COUNT(*) FROM role_user ru WHERE ru.role_id = roles.id) AS users')).where('roles.id', '>', 0); // ok: uncached-hot-read -- aggregated live data (the fragment is a column)
  }

  /** A GROUP BY count over a live table changes with every write to it. */
  async countByRole(): Promise<Array<{ type: string; users: number }>> {
    const result = await db.raw('SELECT r.type, COUNT(*) AS users FROM role_user ru JOIN roles r ON r.id = ru.role_id GROUP BY r.type'); // ok: uncached-hot-read -- an aggregate over a live table
    return result.rows;
  }
}
