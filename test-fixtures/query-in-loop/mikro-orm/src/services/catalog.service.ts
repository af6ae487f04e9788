import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, EntityRepository } from '@mikro-orm/postgresql';
import { Author } from '../entities/author.entity';
import { Book, Genre } from '../entities/book.entity';
import { AuthorRepository } from '../repositories/author.repository';
import { formatCents, unitsSold } from '../repositories/stats';
import { chunk } from '../util';
import { BOOK_REPOSITORY } from './tokens';

export interface NewBook {
  isbn: string;
  title: string;
  genre: Genre;
  authorId: number;
  priceCents: number;
}

@Injectable()
export class CatalogService {
  constructor(
    private readonly em: EntityManager,
    private readonly authors: AuthorRepository,
    @Inject(BOOK_REPOSITORY) private readonly books: EntityRepository<Book>,
  ) {}

  findBook(id: number): Promise<Book | null> {
    return this.books.findOne({ id });
  }

  findAuthorByEmail(email: string): Promise<Author | null> {
    return this.authors.findByEmail(email);
  }

  /** N+1: one SELECT per id. */
  async authorsById(ids: number[]): Promise<Author[]> {
    const found: Author[] = [];
    for (const id of ids) {
      const author = await this.em.findOne(Author, { id }); // expect: query-in-loop
      if (author) found.push(author);
    }
    return found;
  }

  /** Batched: one SELECT ... WHERE id IN (...) per chunk of 1000 ids. */
  async authorsByIdBatched(ids: number[]): Promise<Author[]> {
    const found: Author[] = [];
    for (const part of chunk(ids, 1000)) {
      found.push(...(await this.em.find(Author, { id: { $in: part } }))); // ok: query-in-loop -- $in: one query per chunk
    }
    return found;
  }

  /** Parallel N+1: one COUNT per author, through the injected repository. */
  async bookCounts(authors: Author[]): Promise<number[]> {
    return Promise.all(authors.map((author) => this.books.count({ author: author.id }))); // expect: query-in-loop
  }

  /** Creates entities in memory and flushes once: one batched INSERT. */
  async addBooks(rows: NewBook[]): Promise<Book[]> {
    const created: Book[] = [];
    for (const row of rows) {
      const book = this.em.create(Book, { ...row, stock: 0, author: this.em.getReference(Author, row.authorId) }); // ok: query-in-loop -- create() and getReference() do not touch the database
      this.em.persist(book); // ok: query-in-loop -- persist only queues the insert until flush
      created.push(book);
    }
    await this.em.flush();
    return created;
  }

  /** Flushes once per book: one transaction per row. */
  async addBooksOneByOne(rows: NewBook[]): Promise<void> {
    for (const row of rows) {
      const book = this.em.create(Book, { ...row, stock: 0, author: row.authorId });
      await this.em.persist(book).flush(); // expect: query-in-loop
    }
  }

  /** One UPDATE per book, fired from forEach. */
  restock(levels: Array<{ bookId: number; stock: number }>): void {
    levels.forEach(async ({ bookId, stock }) => {
      await this.em.nativeUpdate(Book, { id: bookId }, { stock }); // expect: query-in-loop
    });
  }

  /** Batched: one UPDATE ... WHERE id IN (...) per chunk. */
  async discontinue(bookIds: number[]): Promise<void> {
    for (const ids of chunk(bookIds, 1000)) {
      await this.em.createQueryBuilder(Book).update({ stock: 0 }).where({ id: { $in: ids } }).execute(); // ok: query-in-loop -- $in: one UPDATE per chunk
    }
  }

  /** One units-sold query per book, through a helper in another file. */
  async bestsellerReport(books: Book[]): Promise<string[]> {
    const lines: string[] = [];
    for (const book of books) {
      const units = await unitsSold(this.em, book.id); // expect: query-in-loop
      lines.push(`${book.title}: ${units} sold at ${formatCents(book.priceCents)}`); // ok: query-in-loop -- formatCents does no I/O
    }
    return lines;
  }

  /** Pays royalties author by author, through the custom repository. */
  async payRoyalties(payouts: Map<number, number>): Promise<void> {
    for (const [authorId, cents] of payouts) {
      await this.authors.addRoyalties(authorId, cents); // expect: query-in-loop
    }
  }

  /** Removes entities in a loop and flushes once: one batched DELETE. */
  async removeOutOfPrint(books: Book[]): Promise<void> {
    for (const book of books) {
      if (book.stock === 0) this.em.remove(book); // ok: query-in-loop -- remove only queues the delete until flush
    }
    await this.em.flush();
  }

  /** Counts per genre: four fixed genres. */
  async genreCounts(): Promise<Record<Genre, number>> {
    const counts = { fiction: 0, poetry: 0, essay: 0, biography: 0 };
    for (const genre of ['fiction', 'poetry', 'essay', 'biography'] as const) {
      counts[genre] = await this.books.count({ genre }); // ok: query-in-loop -- four fixed genres, does not grow with data
    }
    return counts;
  }
}
