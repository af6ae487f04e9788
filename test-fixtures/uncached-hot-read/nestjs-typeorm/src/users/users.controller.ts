import { Controller, Get, NotFoundException, Param, ParseIntPipe } from '@nestjs/common';
import { PlansService } from '../plans/plans.service';
import { User } from '../entities/user.entity';
import { AccessService, UsersService } from './users.service';

@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly access: AccessService,
    private readonly plans: PlansService,
  ) {}

  @Get(':id')
  async show(@Param('id', ParseIntPipe) id: number): Promise<User> {
    const user = await this.users.findById(id); // ok: uncached-hot-read -- read once in this request
    if (!user) throw new NotFoundException();
    return user;
  }

  /** findById and assertActive both run findOneBy({ id }) on the users repository. */
  @Get(':id/plan')
  async plan(@Param('id', ParseIntPipe) id: number) {
    const user = await this.users.findById(id); // ok: uncached-hot-read -- the first of the two identical reads
    if (!user) throw new NotFoundException();
    await this.access.assertActive(id); // expect: uncached-hot-read
    return this.plans.findOne(user.planCode);
  }
}
