import { Body, Controller, Get, NotFoundException, Param, Post, UseGuards, UseInterceptors } from '@nestjs/common';
import { generateKeySync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { AuditInterceptor } from '../common/audit.interceptor';
import { ParseManifestPipe, type Manifest } from '../common/parse-manifest.pipe';
import { DocumentsService } from './documents.service';

@Controller('documents')
@UseGuards(ApiKeyGuard)
@UseInterceptors(AuditInterceptor)
export class DocumentsController {
  private readonly limits: { maxPages: number };

  constructor(private readonly documents: DocumentsService) {
    // Controllers are singletons: the constructor runs once, when the module is created.
    this.limits = JSON.parse(readFileSync('config/document-limits.json', 'utf8')); // ok: sync-in-handler -- controller constructor, runs once
  }

  @Get(':id')
  async findOne(@Param('id') id: string) {
    const doc = await this.documents.find(id);
    if (!doc) throw new NotFoundException();
    return doc;
  }

  @Get(':id/preview')
  preview(@Param('id') id: string) {
    return { id, pages: this.renderPreview(id) };
  }

  // A route method without a declared return type: NestJS answers with its value or its promise alike.
  @Post(':id/share')
  share(@Param('id') id: string) {
    const key = generateKeySync('hmac', { length: 256 }); // expect: sync-in-handler
    return { id, token: key.export().toString('base64url') };
  }

  @Post('import')
  async import(@Body('manifest', ParseManifestPipe) manifest: Manifest) {
    return this.documents.importAll(manifest.files.slice(0, this.limits.maxPages));
  }

  /** Not a route itself, but every preview request runs it. */
  private renderPreview(id: string): string[] {
    const text = readFileSync(`/var/data/documents/${id}.txt`, 'utf8'); // expect: sync-in-handler
    return text.split('\f').slice(0, this.limits.maxPages);
  }
}
