import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import type { Book } from '../entities/book.entity';
import { CatalogService } from '../services/catalog.service';

@Controller('catalog')
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Post('books/lookup')
  async lookup(@Body() body: { ids: number[] }): Promise<Array<Book | null>> {
    return Promise.all(body.ids.map((id) => this.catalog.findBook(id))); // expect: query-in-loop
  }

  @Get('authors/by-email')
  async byEmail(@Query('emails') emails: string): Promise<unknown[]> {
    const list = emails.split(',');
    const found: unknown[] = [];
    for (const email of list) {
      found.push(await this.catalog.findAuthorByEmail(email)); // expect: query-in-loop
    }
    return found;
  }
}
