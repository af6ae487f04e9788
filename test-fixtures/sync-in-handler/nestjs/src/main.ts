import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { readFileSync } from 'node:fs';
import { AppModule } from './app.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule, {
    httpsOptions: {
      key: readFileSync(process.env.TLS_KEY ?? 'certs/server.key'), // ok: sync-in-handler -- bootstrap() runs once
      cert: readFileSync(process.env.TLS_CERT ?? 'certs/server.crt'), // ok: sync-in-handler -- bootstrap() runs once
    },
  });
  await app.listen(Number(process.env.PORT ?? 3000));
}

void bootstrap();
