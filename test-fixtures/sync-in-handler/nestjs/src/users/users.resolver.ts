import { Injectable } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { randomUUID } from 'node:crypto';
import { existsSync, promises as fsp } from 'node:fs';
import { Arg, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { User } from './user.type';

const AVATAR_DIR = '/var/data/avatars';

@Injectable()
@Resolver(() => User)
export class UsersResolver {
  private readonly accounts = new Map<string, User & { passwordHash: string }>();

  @Query(() => [User])
  async users(): Promise<User[]> {
    const banned = (await fsp.readFile('/var/data/banned.txt', 'utf8')).split('\n'); // ok: sync-in-handler -- fs.promises, async
    return [...this.accounts.values()].filter((user) => !banned.includes(user.email));
  }

  @Mutation(() => User)
  register(@Arg('email') email: string, @Arg('password') password: string): User {
    const user = { id: randomUUID(), email, passwordHash: bcrypt.hashSync(password, 12) }; // expect: sync-in-handler
    this.accounts.set(user.id, user);
    return { id: user.id, email };
  }

  @FieldResolver(() => String, { nullable: true })
  avatarUrl(@Root() user: User): string | null {
    return existsSync(`${AVATAR_DIR}/${user.id}.png`) ? `/avatars/${user.id}.png` : null; // expect: sync-in-handler
  }
}
