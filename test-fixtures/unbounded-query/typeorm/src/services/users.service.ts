import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { User } from '../entities/user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
  ) {}

  /** The admin user list: every account. */
  listAll(): Promise<User[]> {
    return this.users.find(); // expect: unbounded-query
  }

  /** Mailing list rows for the newsletter, through the query builder. */
  mailingList(): Promise<Array<{ id: number; email: string }>> {
    return this.users.createQueryBuilder('u') // expect: unbounded-query
      .select('u.id', 'id')
      .addSelect('u.email', 'email')
      .where('u.active = true AND u.newsletter = true')
      .getRawMany();
  }

  /** Everyone from one country. */
  byCountry(countryCode: string): Promise<User[]> {
    return this.users.findBy({ countryCode, active: true }); // expect: unbounded-query
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: email.toLowerCase() }); // ok: unbounded-query -- lookup by a unique key
  }

  /** Raw SQL without a LIMIT. */
  inactiveEmails(): Promise<Array<{ email: string }>> {
    return this.dataSource.query('SELECT email FROM users WHERE active = false ORDER BY created_at'); // expect: unbounded-query
  }

  /** Raw SQL with a LIMIT. */
  newest(): Promise<Array<{ id: number; email: string }>> {
    return this.dataSource.query('SELECT id, email FROM users ORDER BY created_at DESC LIMIT 10'); // ok: unbounded-query -- LIMIT 10
  }

  async activeCount(): Promise<number> {
    const [row]: Array<{ n: string }> = await this.dataSource.query('SELECT COUNT(*) AS n FROM users WHERE active = true'); // ok: unbounded-query -- aggregate
    return Number(row.n);
  }
}
