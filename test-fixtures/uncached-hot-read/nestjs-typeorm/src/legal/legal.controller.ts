import { Controller, Get, Header, Param } from '@nestjs/common';
import { readFile } from 'fs/promises';
import { join } from 'path';

const CONTENT_DIR = join(__dirname, '..', 'content');

@Controller('legal')
export class LegalController {
  @Get('terms')
  @Header('Content-Type', 'text/markdown')
  terms(): Promise<string> {
    return readFile(join(CONTENT_DIR, 'terms.md'), 'utf8'); // expect: uncached-hot-read
  }

  @Get('docs/:name')
  @Header('Content-Type', 'text/markdown')
  doc(@Param('name') name: string): Promise<string> {
    return readFile(join(CONTENT_DIR, 'docs', `${name.replace(/[^a-z-]/g, '')}.md`), 'utf8'); // ok: uncached-hot-read -- the path depends on the request
  }
}
