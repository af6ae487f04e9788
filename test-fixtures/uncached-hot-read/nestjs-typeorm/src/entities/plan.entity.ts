import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('plans')
export class Plan {
  @PrimaryColumn()
  code!: string;

  @Column()
  name!: string;

  @Column('int')
  price!: number;

  @Column({ default: true })
  active!: boolean;
}
