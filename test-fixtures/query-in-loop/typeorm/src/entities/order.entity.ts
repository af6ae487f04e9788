import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

export type OrderStatus = 'pending' | 'paid' | 'shipped' | 'cancelled';

@Entity('orders')
export class Order {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column()
  userId!: number;

  @ManyToOne(() => User, (user) => user.orders)
  user!: User;

  @Column()
  productId!: number;

  @Column({ type: 'int' })
  quantity!: number;

  @Column({ type: 'numeric' })
  total!: number;

  @Column({ type: 'varchar', default: 'pending' })
  status!: OrderStatus;
}
