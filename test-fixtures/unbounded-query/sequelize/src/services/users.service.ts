import { QueryTypes } from 'sequelize';
import { sequelize } from '../db';
import { User } from '../models';

export class UsersService {
  /** The admin user list: every account. */
  all(): Promise<User[]> {
    return User.findAll(); // expect: unbounded-query
  }

  byEmail(email: string): Promise<User | null> {
    return User.findOne({ where: { email: email.toLowerCase() } }); // ok: unbounded-query -- lookup by a unique key
  }

  byId(id: number): Promise<User | null> {
    return User.findOne({ where: { id } }); // ok: unbounded-query -- primary key lookup
  }

  /** Raw SQL without a LIMIT. */
  dormant(): Promise<Array<{ id: number; email: string }>> {
    return sequelize.query('SELECT id, email FROM users WHERE active = false ORDER BY id', { type: QueryTypes.SELECT }); // expect: unbounded-query
  }

  /** Raw SQL with a LIMIT. */
  newest(): Promise<Array<{ id: number; email: string }>> {
    return sequelize.query('SELECT id, email FROM users ORDER BY "createdAt" DESC LIMIT 20', { type: QueryTypes.SELECT }); // ok: unbounded-query -- LIMIT 20
  }

  async deactivate(ids: number[]): Promise<void> {
    await User.update({ active: false }, { where: { id: ids } }); // ok: unbounded-query -- write
  }
}
