import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { scryptSync } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly salt = process.env.API_KEY_SALT ?? 'salt';
  private readonly allowed = new Set((process.env.API_KEY_HASHES ?? '').split(','));

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<IncomingMessage>();
    const key = request.headers['x-api-key'];
    if (typeof key !== 'string') return false;
    return this.allowed.has(scryptSync(key, this.salt, 32).toString('hex')); // expect: sync-in-handler
  }
}
