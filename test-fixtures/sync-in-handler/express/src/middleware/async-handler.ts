import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Forwards a rejected promise to the error middleware (Express 4 style wrapper, still common). */
export function asyncHandler(fn: (req: Request, res: Response, next: NextFunction) => Promise<unknown>): RequestHandler {
  return (req, res, next) => {
    fn(req, res, next).catch(next);
  };
}
