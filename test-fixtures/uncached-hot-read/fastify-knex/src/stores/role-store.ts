import { db } from '../db';
import type { IRoleStore, Role } from './store';

const ROLE_COLUMNS = ['id', 'name', 'type'];

export class RoleStore implements IRoleStore {
  /** Reached per request through the interface-typed property of RolesService. */
  async getAll(): Promise<Role[]> {
    return db.select(ROLE_COLUMNS).from<Role>('roles').orderBy('name'); // expect: uncached-hot-read
  }
}
