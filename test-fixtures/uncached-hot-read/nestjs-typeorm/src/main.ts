import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { readFileSync } from 'fs';
import { join } from 'path';
import { AppModule } from './app.module';

async function bootstrap(): Promise<void> {
  const config = JSON.parse(readFileSync(join(__dirname, 'config', 'app.json'), 'utf8')) as { port: number }; // ok: uncached-hot-read -- bootstrap(), runs once at startup
  const app = await NestFactory.create(AppModule);
  await app.listen(config.port);
}

void bootstrap();
