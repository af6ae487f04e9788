import type { NextFunction, Request, Response } from 'express';
import { appendFileSync } from 'node:fs';

const ACCESS_LOG = process.env.ACCESS_LOG ?? '/var/log/api/access.log';

/** Access log middleware: one line per request. */
export function requestLog(req: Request, res: Response, next: NextFunction): void {
  const started = Date.now();
  res.on('finish', () => {
    console.log(`${req.method} ${req.originalUrl} ${res.statusCode} ${Date.now() - started}ms`);
  });
  appendFileSync(ACCESS_LOG, `${new Date().toISOString()} ${req.ip} ${req.method} ${req.originalUrl}\n`); // expect: sync-in-handler
  next();
}
