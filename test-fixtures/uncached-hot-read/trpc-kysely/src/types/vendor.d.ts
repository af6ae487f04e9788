// memoizee is not installed in test-fixtures: the part of its API this project uses.
declare module 'memoizee' {
  interface Options {
    promise?: boolean;
    maxAge?: number;
  }
  function memoize<F extends (...args: any[]) => any>(fn: F, options?: Options): F & { clear(): void };
  export = memoize;
}
