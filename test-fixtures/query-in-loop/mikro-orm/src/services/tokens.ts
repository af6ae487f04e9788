/** Injection token of the Book repository (what `@InjectRepository(Book)` resolves to). */
export const BOOK_REPOSITORY = 'BookRepository';
