import type { LibrarySpec } from './model';

/**
 * In-process caches and memoizers. Each runs the function it is given once per key (or per TTL), so a
 * read inside that function is cached. Only the wrapping call is modelled: it is what tells
 * uncached-hot-read that a read sits behind a cache.
 */

function memoizerLibrary(id: string, displayName: string, modules: string[], names: string[]): LibrarySpec {
  return {
    id,
    displayName,
    target: 'an in-process cache',
    modules,
    exports: Object.fromEntries(names.map((name) => [name, { value: `${id}.function` }])),
    kinds: { [`${id}.function`]: { call: { op: 'memoize' } } },
    batchAdvice: '',
  };
}

/** memoizee, and the other memoizers whose default export wraps a function. */
export const memoizee = memoizerLibrary(
  'memoizee',
  'memoizee',
  ['memoizee', 'memoizee/*', 'p-memoize', 'mem', 'memoize', 'moize', 'micro-memoize', 'fast-memoize', 'memoize-one', 'lodash.memoize', 'lodash/memoize', 'async-cache-dedupe'],
  ['default', 'memoize', 'pMemoize', 'memoizeDecorator', 'moize', 'createCache'],
);

/** lodash's `_.memoize` and `memoize` from lodash-es. */
export const lodashMemoize = memoizerLibrary('lodash-memoize', 'lodash', ['lodash', 'lodash-es', 'underscore'], ['memoize']);

/** Next.js `unstable_cache(fn)` and React's `cache(fn)`. */
export const nextCache = memoizerLibrary('next-cache', 'Next.js cache', ['next/cache', 'react'], ['unstable_cache', 'cache']);

export const cacheManager: LibrarySpec = {
  id: 'cache-manager',
  displayName: 'cache-manager',
  target: 'a cache',
  modules: ['cache-manager', '@nestjs/cache-manager'],
  exports: {
    createCache: { value: 'cache-manager.factory' },
    caching: { value: 'cache-manager.factory' },
    Cache: { instance: 'cache-manager.cache' },
  },
  types: { Cache: 'cache-manager.cache', '/^(Memory)?Cache$/': 'cache-manager.cache' },
  kinds: {
    'cache-manager.factory': { call: { returns: 'cache-manager.cache' } },
    // `cache.wrap(key, fn, ttl)` runs fn on a miss only.
    'cache-manager.cache': { members: { wrap: { op: 'memoize' } } },
  },
  batchAdvice: '',
};

/** lru-cache: `new LRUCache({ fetchMethod })` runs fetchMethod on a miss only. */
export const lruCache: LibrarySpec = {
  id: 'lru-cache',
  displayName: 'lru-cache',
  target: 'an in-process cache',
  modules: ['lru-cache', 'quick-lru', 'tiny-lru'],
  exports: {
    LRUCache: { value: 'lru-cache.class', instance: 'lru-cache.cache' },
    default: { value: 'lru-cache.class', instance: 'lru-cache.cache' },
  },
  types: { LRUCache: 'lru-cache.cache' },
  kinds: {
    'lru-cache.class': { construct: { op: 'memoize', returns: 'lru-cache.cache' } },
    'lru-cache.cache': { members: { fetch: {}, get: {}, set: {}, has: {} } },
  },
  batchAdvice: '',
};
