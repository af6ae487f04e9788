import type { NextFunction, Request, Response } from 'express';
import fs from 'fs';

/** Last middleware: dumps the failing request for support, then answers 500. */
export function errorHandler(err: Error, req: Request, res: Response, _next: NextFunction): void {
  const dump = JSON.stringify({ at: new Date().toISOString(), url: req.originalUrl, message: err.message, stack: err.stack });
  fs.writeFileSync(`/var/log/api/crash-${Date.now()}.json`, dump); // expect: sync-in-handler
  res.status(500).json({ error: 'internal error' });
}
