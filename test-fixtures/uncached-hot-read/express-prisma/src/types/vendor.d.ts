// memoizee is not installed in test-fixtures: the part of its API this project uses.
declare module 'memoizee' {
  interface Options {
    promise?: boolean;
    maxAge?: number;
    primitive?: boolean;
  }
  interface Memoized {
    clear(): void;
    delete(...args: unknown[]): void;
  }
  function memoize<F extends (...args: any[]) => any>(fn: F, options?: Options): F & Memoized;
  export = memoize;
}
