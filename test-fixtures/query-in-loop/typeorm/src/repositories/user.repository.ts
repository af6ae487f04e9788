import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { User } from '../entities/user.entity';

/** A custom repository (TypeORM 0.3 style): the entity's Repository plus domain lookups. */
@Injectable()
export class UserRepository extends Repository<User> {
  constructor(dataSource: DataSource) {
    super(User, dataSource.createEntityManager());
  }

  findActiveByEmail(email: string): Promise<User | null> {
    return this.findOneBy({ email: email.toLowerCase(), active: true });
  }

  async topSpenders(limit: number): Promise<Array<{ userId: number; spent: string }>> {
    return this.createQueryBuilder('u')
      .innerJoin('u.orders', 'o')
      .select('u.id', 'userId')
      .addSelect('SUM(o.total)', 'spent')
      .groupBy('u.id')
      .orderBy('spent', 'DESC')
      .limit(limit)
      .getRawMany();
  }
}
