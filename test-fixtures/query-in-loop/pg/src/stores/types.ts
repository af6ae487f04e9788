// Services depend on store interfaces (dependency injection, as Unleash does); the SQL lives in the classes behind them.
export interface Tag {
  id: number;
  name: string;
}

export interface ITagStore {
  get(id: number): Promise<Tag | undefined>;
  getAll(ids: number[]): Promise<Tag[]>;
}

export interface IClock {
  now(): Date;
}
