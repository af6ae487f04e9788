import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Book } from './book.entity';

@Entity()
export class Sale {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Book)
  book!: Book;

  @Property()
  quantity!: number;

  @Property()
  soldAt: Date = new Date();
}
