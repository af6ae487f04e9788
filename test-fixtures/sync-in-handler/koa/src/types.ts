// The parsed body set by middleware/json-body.ts (the same field koa-bodyparser declares).
declare module 'koa' {
  interface Request {
    body?: unknown;
  }
}

export {};
