import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Subscription plans: a handful of rows, allowed in hotpath.json by table name. */
@Entity('plans')
export class SubscriptionPlan {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column()
  name!: string;

  @Column({ type: 'int' })
  priceCents!: number;

  @Column({ default: true })
  visible!: boolean;
}
