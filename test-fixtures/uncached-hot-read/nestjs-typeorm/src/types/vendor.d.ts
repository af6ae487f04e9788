// cache-manager is not installed in test-fixtures: the part of its API (v6) this project uses.
declare module 'cache-manager' {
  export interface Cache {
    get<T>(key: string): Promise<T | undefined>;
    set<T>(key: string, value: T, ttl?: number): Promise<T>;
    del(key: string): Promise<boolean>;
    wrap<T>(key: string, fn: () => T | Promise<T>, ttl?: number): Promise<T>;
  }
  export function createCache(options?: { ttl?: number }): Cache;
}
