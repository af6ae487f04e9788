import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { DocumentsService } from '../documents/documents.service';

// CLI: `node dist/scripts/reindex.js`, boots the module graph without an HTTP server.
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(AppModule);
  const count = app.get(DocumentsService).rebuildIndex();
  console.log(`indexed ${count} documents`);
  await app.close();
}

void main();
