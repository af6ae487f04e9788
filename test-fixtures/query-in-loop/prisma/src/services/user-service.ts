import type { User } from '@prisma/client';
import { prisma } from '../db';
import { countPublishedPosts, latestPostOf, postsByAuthors } from '../repositories/post-repository';
import { UserRepository } from '../repositories/user-repository';

export interface AuthorCard {
  user: User;
  published: number;
}

export class UserService {
  constructor(private readonly users: UserRepository) {}

  /** Sequential N+1: findUnique is only coalesced when the calls are issued in the same tick. */
  async loadUsers(ids: string[]): Promise<User[]> {
    const found: User[] = [];
    for (const id of ids) {
      const user = await prisma.user.findUnique({ where: { id } }); // expect: query-in-loop
      if (user) found.push(user);
    }
    return found;
  }

  /** Same-tick findUnique calls: Prisma's dataloader turns them into one query. */
  async loadUsersInParallel(ids: string[]): Promise<Array<User | null>> {
    return Promise.all(ids.map((id) => prisma.user.findUnique({ where: { id } }))); // ok: query-in-loop -- Prisma batches same-tick findUnique
  }

  /** The same, through the repository: still issued synchronously from the callback. */
  async loadUsersThroughRepository(ids: string[]): Promise<Array<User | null>> {
    return Promise.all(ids.map((id) => this.users.findById(id))); // ok: query-in-loop -- same-tick findUnique through a repository
  }

  /** findUniqueOrThrow is batched too on Prisma >= 4.16. */
  async requireUsers(ids: string[]): Promise<User[]> {
    return Promise.all(ids.map((id) => prisma.user.findUniqueOrThrow({ where: { id } }))); // ok: query-in-loop -- same-tick findUniqueOrThrow, batched since 4.16
  }

  /** findFirst is not coalesced: N parallel queries. */
  async findByEmails(emails: string[]): Promise<Array<User | null>> {
    return Promise.all(emails.map((email) => this.users.findByEmail(email))); // expect: query-in-loop
  }

  async authorCards(ids: string[]): Promise<AuthorCard[]> {
    const users = await this.users.findByIds(ids); // ok: query-in-loop -- one in-list query before the loop
    const cards: AuthorCard[] = [];
    for (let i = 0; i < users.length; i++) {
      const published = await countPublishedPosts(users[i].id); // expect: query-in-loop
      cards.push({ user: users[i], published });
    }
    return cards;
  }

  async authorCardsBatched(ids: string[]): Promise<AuthorCard[]> {
    const users = await this.users.findByIds(ids);
    const counts = await prisma.post.groupBy({ by: ['authorId'], where: { authorId: { in: ids }, published: true }, _count: { _all: true } });
    const byAuthor = new Map(counts.map((row) => [row.authorId, row._count._all]));
    return users.map((user) => ({ user, published: byAuthor.get(user.id) ?? 0 })); // ok: query-in-loop -- Map lookup, no I/O in the callback
  }

  async latestPosts(authorIds: string[]) {
    const entries = await Promise.all(
      authorIds.map(async (authorId) => [authorId, await latestPostOf(authorId)] as const), // expect: query-in-loop
    );
    return new Map(entries);
  }

  async latestPostsBatched(authorIds: string[]) {
    const posts = await postsByAuthors(authorIds);
    const latest = new Map<string, (typeof posts)[number]>();
    for (const post of posts) {
      const current = latest.get(post.authorId); // ok: query-in-loop -- iterating the rows of one query
      if (!current || current.createdAt < post.createdAt) latest.set(post.authorId, post);
    }
    return latest;
  }

  async renameAll(names: Record<string, string>): Promise<void> {
    for (const id in names) {
      await this.users.rename(id, names[id]); // expect: query-in-loop
    }
  }

  /** Only the first match matters: the loop always leaves on its first iteration. */
  async firstKnownUser(emails: string[]): Promise<User | null> {
    for (const email of emails) {
      return prisma.user.findUnique({ where: { email } }); // ok: query-in-loop -- the loop returns on its first iteration
    }
    return null;
  }
}
