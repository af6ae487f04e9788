import { db } from '../db';
import type { ITagStore, Tag } from './store';

export class TagStore implements ITagStore {
  /**
   * Same contract method as RoleStore.getAll, but no handler calls it through ITagStore: a call of
   * `roleStore.getAll()` does not run this one.
   */
  async getAll(): Promise<Tag[]> {
    return db.select('value', 'type').from<Tag>('tags'); // ok: uncached-hot-read -- no handler reaches TagStore.getAll
  }
}
