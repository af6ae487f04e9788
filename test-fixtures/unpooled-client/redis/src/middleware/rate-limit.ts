import type { NextFunction, Request, Response } from 'express';
import { createClient } from 'redis';
import { REDIS_URL } from '../client';

/** Fixed-window rate limiting keyed by IP. */
export function rateLimit(limit: number, windowSeconds: number) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const limiter = createClient({ url: REDIS_URL }); // expect: unpooled-client
    await limiter.connect();
    const key = `rate:${req.ip}:${Math.floor(Date.now() / 1000 / windowSeconds)}`;
    const hits = await limiter.incr(key);
    if (hits === 1) await limiter.expire(key, windowSeconds);
    await limiter.quit();
    if (hits > limit) {
      res.status(429).end();
      return;
    }
    next();
  };
}
