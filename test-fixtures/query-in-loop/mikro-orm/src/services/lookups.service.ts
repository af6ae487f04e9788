import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, EntityRepository } from '@mikro-orm/postgresql';
import { Author } from '../entities/author.entity';
import { Book } from '../entities/book.entity';
import { BOOK_REPOSITORY } from './tokens';

@Injectable()
export class LookupService {
  constructor(
    private readonly em: EntityManager,
    @Inject(BOOK_REPOSITORY) private readonly books: EntityRepository<Book>,
  ) {}

  /** One SELECT per ISBN through the repository: the fix loads them all with `$in` before the loop. */
  async titles(isbns: string[]): Promise<string[]> {
    const titles: string[] = [];
    for (const isbn of isbns) {
      const book = await this.books.findOne({ isbn }); // expect: query-in-loop
      titles.push(book?.title ?? isbn);
    }
    return titles;
  }

  /** Parallel N+1 through the entity manager: the fix keeps the entity argument. */
  async booksById(ids: number[]): Promise<Array<Book | null>> {
    const books = await Promise.all(ids.map((id) => this.em.findOne(Book, { id }))); // expect: query-in-loop
    return books;
  }

  /** An index loop, the key read from the element. */
  async authorNames(sales: Array<{ authorId: number }>): Promise<string[]> {
    const names: string[] = [];
    for (let i = 0; i < sales.length; i++) {
      const author = await this.em.findOne(Author, { id: sales[i].authorId }); // expect: query-in-loop
      if (author) names.push(author.name);
    }
    return names;
  }

  /** findOneOrFail throws for a missing row: a Map lookup would not, so no fix. */
  async mustExist(ids: number[]): Promise<Book[]> {
    const books: Book[] = [];
    for (const id of ids) {
      books.push(await this.em.findOneOrFail(Book, { id })); // expect: query-in-loop
    }
    return books;
  }

  /** Options (populate): not the plain shape, no fix. */
  async withAuthors(ids: number[]): Promise<string[]> {
    const names: string[] = [];
    for (const id of ids) {
      const book = await this.em.findOne(Book, { id }, { populate: ['author'] }); // expect: query-in-loop
      if (book) names.push(book.author.name);
    }
    return names;
  }

  /** By a relation: `book.author` is an entity, not the id the Map would be keyed by, so no fix. */
  async firstBooks(authorIds: number[]): Promise<Array<Book | null>> {
    const books: Array<Book | null> = [];
    for (const author of authorIds) {
      books.push(await this.em.findOne(Book, { author })); // expect: query-in-loop
    }
    return books;
  }

  /** Two conditions: not the plain shape, no fix. */
  async inStock(ids: number[]): Promise<Book[]> {
    const books: Book[] = [];
    for (const id of ids) {
      const book = await this.books.findOne({ id, stock: { $gt: 0 } }); // expect: query-in-loop
      if (book) books.push(book);
    }
    return books;
  }

  /** The loop flushes a change: a lookup moved before it would miss the earlier writes, so no fix. */
  async restock(ids: number[]): Promise<void> {
    for (const id of ids) {
      const book = await this.em.findOne(Book, { id }); // expect: query-in-loop
      if (book) await this.em.nativeUpdate(Book, { id }, { stock: book.stock + 1 }); // expect: query-in-loop
    }
  }
}
