import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { User } from '../entities/user.entity';
import { UserRepository } from '../repositories/user.repository';
import { chunk } from '../util';

export interface UserDto {
  id: number;
  email: string;
  name: string;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly userRepository: UserRepository,
  ) {}

  findById(id: number): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  findManyById(ids: number[]): Promise<User[]> {
    return this.users.findBy({ id: In(ids) });
  }

  toDto(user: User): UserDto {
    return { id: user.id, email: user.email, name: user.name };
  }

  /** N+1: one SELECT per id. */
  async findAllById(ids: number[]): Promise<User[]> {
    const result: User[] = [];
    for (const id of ids) {
      const user = await this.users.findOneBy({ id }); // expect: query-in-loop
      if (user) result.push(user);
    }
    return result;
  }

  /** Parallel N+1 through the custom repository's own method. */
  async resolveInvitees(emails: string[]): Promise<Array<User | null>> {
    return Promise.all(emails.map((email) => this.userRepository.findActiveByEmail(email))); // expect: query-in-loop
  }

  /** One UPDATE per user. */
  async awardPoints(userIds: number[], points: number): Promise<void> {
    for (let i = 0; i < userIds.length; i++) {
      await this.users.increment({ id: userIds[i] }, 'loyaltyPoints', points); // expect: query-in-loop
    }
  }

  /** Batched: one UPDATE ... WHERE id IN (...). */
  async awardPointsBatched(userIds: number[], points: number): Promise<void> {
    for (const ids of chunk(userIds, 1000)) {
      await this.users.increment({ id: In(ids) }, 'loyaltyPoints', points); // ok: query-in-loop -- In(ids): one UPDATE per chunk of 1000 ids
    }
  }

  /** One save (SELECT + UPDATE) per entity, fired from a forEach callback. */
  deactivate(users: User[]): void {
    users.forEach(async (user) => {
      user.active = false;
      await this.users.save(user); // expect: query-in-loop
    });
  }

  /** Batched: save() of an array is one transaction with a bulk statement. */
  async importUsers(rows: Array<{ email: string; name: string }>): Promise<void> {
    const entities = rows.map((row) => this.users.create({ ...row, email: row.email.toLowerCase() })); // ok: query-in-loop -- create() only builds an entity in memory
    for (const part of chunk(entities, 500)) {
      await this.users.save(part); // ok: query-in-loop -- one bulk save per chunk of 500 entities
    }
  }

  /** Loading by a list of ids in pages of 1000: findByIds takes the whole list. */
  async loadInPages(ids: number[]): Promise<User[]> {
    const loaded: User[] = [];
    for (const part of chunk(ids, 1000)) {
      loaded.push(...(await this.users.findByIds(part))); // ok: query-in-loop -- findByIds: one query per chunk
    }
    return loaded;
  }

  async listDtos(): Promise<UserDto[]> {
    const users = await this.users.find({ where: { active: true }, take: 100 });
    return users.map((user) => this.toDto(user)); // ok: query-in-loop -- toDto does no I/O
  }
}
