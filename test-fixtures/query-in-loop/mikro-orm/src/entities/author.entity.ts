import { Collection, Entity, EntityRepositoryType, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { AuthorRepository } from '../repositories/author.repository';
import { Book } from './book.entity';

@Entity({ repository: () => AuthorRepository })
export class Author {
  [EntityRepositoryType]?: AuthorRepository;

  @PrimaryKey()
  id!: number;

  @Property({ unique: true })
  email!: string;

  @Property()
  name!: string;

  @Property({ default: 0 })
  royaltiesCents: number = 0;

  @OneToMany(() => Book, (book) => book.author)
  books = new Collection<Book>(this);
}
