// lru-cache is not a dependency of test-fixtures: the part of its API (v10+) this project uses.
declare module 'lru-cache' {
  export namespace LRUCache {
    interface Options<K, V> {
      max?: number;
      ttl?: number;
    }
  }
  export class LRUCache<K extends {}, V extends {}> {
    constructor(options: LRUCache.Options<K, V>);
    get(key: K): V | undefined;
    set(key: K, value: V): this;
    has(key: K): boolean;
    delete(key: K): boolean;
  }
}
