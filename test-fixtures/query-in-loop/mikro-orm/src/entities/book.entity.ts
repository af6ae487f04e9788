import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Author } from './author.entity';

export type Genre = 'fiction' | 'poetry' | 'essay' | 'biography';

@Entity()
export class Book {
  @PrimaryKey()
  id!: number;

  @Property({ unique: true })
  isbn!: string;

  @Property()
  title!: string;

  @Property()
  genre!: Genre;

  @Property({ default: 0 })
  stock: number = 0;

  @Property({ default: 0 })
  priceCents: number = 0;

  @ManyToOne(() => Author)
  author!: Author;
}
