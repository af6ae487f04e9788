import { Module } from '@nestjs/common';
import { ApiKeyGuard } from './auth/api-key.guard';
import { AuditInterceptor } from './common/audit.interceptor';
import { DocumentsController } from './documents/documents.controller';
import { DocumentsService } from './documents/documents.service';
import { UsersResolver } from './users/users.resolver';

@Module({
  controllers: [DocumentsController],
  providers: [DocumentsService, ApiKeyGuard, AuditInterceptor, UsersResolver],
})
export class AppModule {}
