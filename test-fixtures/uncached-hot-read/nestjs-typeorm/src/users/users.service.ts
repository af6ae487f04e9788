import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from '../entities/user.entity';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findById(id: number): Promise<User | null> {
    return this.users.findOneBy({ id }); // ok: uncached-hot-read -- depends on the request
  }
}

@Injectable()
export class AccessService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** Loads the same user again. */
  async assertActive(id: number): Promise<void> {
    const user = await this.users.findOneBy({ id }); // ok: uncached-hot-read -- the repeat is reported where the controller calls assertActive
    if (!user?.active) throw new ForbiddenException();
  }
}
