import { defineConfig } from '@mikro-orm/postgresql';
import { Author } from './entities/author.entity';
import { Book } from './entities/book.entity';
import { Sale } from './entities/sale.entity';

export default defineConfig({
  clientUrl: process.env.DATABASE_URL,
  entities: [Author, Book, Sale],
});
