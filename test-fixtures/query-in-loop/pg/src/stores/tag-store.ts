import type { Pool } from 'pg';
import type { ITagStore, Tag } from './types';

export class PgTagStore implements ITagStore {
  constructor(private readonly pool: Pool) {}

  async get(id: number): Promise<Tag | undefined> {
    const { rows } = await this.pool.query<Tag>('SELECT id, name FROM tags WHERE id = $1', [id]);
    return rows[0];
  }

  async getAll(ids: number[]): Promise<Tag[]> {
    const { rows } = await this.pool.query<Tag>('SELECT id, name FROM tags WHERE id = ANY($1)', [ids]);
    return rows;
  }
}

/** The test double: no I/O. */
export class FakeTagStore implements ITagStore {
  private readonly tags = new Map<number, Tag>();

  async get(id: number): Promise<Tag | undefined> {
    return this.tags.get(id);
  }

  async getAll(ids: number[]): Promise<Tag[]> {
    return ids.flatMap((id) => this.tags.get(id) ?? []);
  }
}
