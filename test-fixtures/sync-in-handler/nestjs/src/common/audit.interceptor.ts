import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { appendFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { Observable } from 'rxjs';

@Injectable()
export class AuditInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<IncomingMessage>();
    appendFileSync('/var/log/api/audit.log', `${new Date().toISOString()} ${request.method} ${request.url}\n`); // expect: sync-in-handler
    return next.handle();
  }
}
