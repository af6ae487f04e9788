import type { Knex } from 'knex';

/** From Unleash: every store implements the same generic contract. */
export interface Store<T> {
  getAll(): Promise<T[]>;
}

export interface Role {
  id: number;
  name: string;
  type: string;
}

export interface Tag {
  value: string;
  type: string;
}

export interface User {
  id: number;
  email: string;
  deleted_at: string | null;
}

export type IRoleStore = Store<Role>;
export type ITagStore = Store<Tag>;

export interface IUserStore extends Store<User> {
  getById(id: number): Promise<User | undefined>;
  countByRole(): Promise<Array<{ type: string; users: number }>>;
}

export type Db = Knex;
