import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('products')
export class Product {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column()
  sku!: string;

  @Column()
  title!: string;

  @Column({ type: 'numeric' })
  price!: number;

  @Column({ type: 'int' })
  stock!: number;
}
