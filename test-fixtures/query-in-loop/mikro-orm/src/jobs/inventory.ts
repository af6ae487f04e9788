import type { Cursor } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Author } from '../entities/author.entity';
import { Book } from '../entities/book.entity';
import { Sale } from '../entities/sale.entity';
import config from '../mikro-orm.config';
import { chunk, sleep } from '../util';

export async function openOrm(): Promise<MikroORM> {
  return MikroORM.init(config);
}

/** Records sales inside one transaction, but checks stock with one SELECT per line. */
export async function recordSales(orm: MikroORM, lines: Array<{ bookId: number; quantity: number }>): Promise<void> {
  await orm.em.transactional(async (em) => {
    for (const line of lines) {
      const book = await em.findOneOrFail(Book, { id: line.bookId }); // expect: query-in-loop
      book.stock -= line.quantity;
      em.persist(em.create(Sale, { book, quantity: line.quantity, soldAt: new Date() }));
    }
  });
}

/** Imports a catalogue in bulk: one multi-row INSERT per chunk. */
export async function importCatalogue(orm: MikroORM, rows: Array<{ isbn: string; title: string; authorId: number }>): Promise<void> {
  const em = orm.em.fork();
  for (const part of chunk(rows, 500)) {
    await em.insertMany(Book, part.map((row) => ({ isbn: row.isbn, title: row.title, genre: 'fiction' as const, stock: 0, priceCents: 0, author: row.authorId }))); // ok: query-in-loop -- insertMany: one INSERT per chunk
  }
}

/** Loads every author's books one populate at a time. */
export async function loadBibliographies(orm: MikroORM, authors: Author[]): Promise<void> {
  const em = orm.em.fork();
  for (const author of authors) {
    await em.populate(author, ['books']); // expect: query-in-loop
  }
}

/** Deletes sales of a queue of books, one DELETE each. */
export async function purgeSales(orm: MikroORM, bookIds: number[]): Promise<void> {
  const em = orm.em.fork();
  const queue = [...bookIds];
  while (queue.length > 0) {
    const bookId = queue.pop()!;
    await em.nativeDelete(Sale, { book: bookId }); // expect: query-in-loop
  }
}

/** Upserts authors one by one in a do...while. */
export async function syncAuthors(orm: MikroORM, authors: Array<{ email: string; name: string }>): Promise<void> {
  if (authors.length === 0) return;
  const em = orm.em.fork();
  let next = 0;
  do {
    const { email, name } = authors[next++];
    await em.upsert(Author, { email, name }); // expect: query-in-loop
  } while (next < authors.length);
}

/** Revenue per book with a sequential reduce; each step awaits a query builder. */
export async function revenuePerBook(orm: MikroORM, bookIds: number[]): Promise<Record<number, number>> {
  const em = orm.em.fork();
  return bookIds.reduce(async (pending, bookId) => {
    const acc = await pending;
    const sales = await em.createQueryBuilder(Sale, 's').where({ book: bookId }).getResultList(); // expect: query-in-loop
    acc[bookId] = sales.reduce((sum, sale) => sum + sale.quantity, 0);
    return acc;
  }, Promise.resolve({} as Record<number, number>));
}

/** Cursor pagination: each page starts after the previous page's end cursor. */
export async function exportBooks(orm: MikroORM, write: (books: Book[]) => void): Promise<void> {
  const em = orm.em.fork();
  let after: string | null = null;
  while (true) {
    const page: Cursor<Book> = await em.findByCursor(Book, {}, { first: 200, after: after ?? undefined, orderBy: { id: 'asc' } }); // ok: query-in-loop -- pagination: the next query depends on the previous page
    write(page.items);
    if (!page.hasNextPage) break;
    after = page.endCursor;
  }
}

/** Rows of one query: the query is in the iterable and runs once. */
export async function lowStockReport(orm: MikroORM): Promise<string[]> {
  const em = orm.em.fork();
  const lines: string[] = [];
  for (const book of await em.find(Book, { stock: { $lt: 5 } }, { limit: 500 })) { // ok: query-in-loop -- one query in the iterable, runs once
    lines.push(`${book.isbn} ${book.title}: ${book.stock} left`);
  }
  return lines;
}

/** Retries a lookup on a replica that may lag: three attempts. */
export async function waitForBook(orm: MikroORM, isbn: string): Promise<Book> {
  const em = orm.em.fork();
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await em.findOneOrFail(Book, { isbn }); // ok: query-in-loop -- retry loop bounded by 3 attempts
    } catch {
      await sleep(200 * (attempt + 1));
    }
  }
  throw new Error(`book ${isbn} not found`);
}

/** Finds the author of the first ISBN given: the body always returns. */
export async function authorOfFirst(orm: MikroORM, isbns: string[]): Promise<Author | null> {
  const em = orm.em.fork();
  for (const isbn of isbns) {
    const book = await em.findOne(Book, { isbn }, { populate: ['author'] }); // ok: query-in-loop -- the body always returns, so it runs at most once
    return book?.author ?? null;
  }
  return null;
}
