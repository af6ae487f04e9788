import { AppDataSource } from '../data-source';
import { Post } from '../entities/post.entity';
import { User } from '../entities/user.entity';

/** Nightly digest: loads every active user in one go. */
export async function digestRecipients(): Promise<string[]> {
  const users = await AppDataSource.manager.find(User, { where: { active: true, newsletter: true } }); // expect: unbounded-query
  return users.map((user) => user.email);
}

/** The same recipients in batches of 500. */
export async function digestRecipientsPaged(send: (emails: string[]) => Promise<void>): Promise<void> {
  for (let skip = 0; ; skip += 500) {
    const users = await AppDataSource.manager.find(User, { where: { active: true, newsletter: true }, order: { id: 'ASC' }, skip, take: 500 }); // ok: unbounded-query -- take: 500
    if (users.length === 0) break;
    await send(users.map((user) => user.email));
  }
}

/** Streams every post row to a sink instead of loading them all. */
export async function exportPosts(write: (row: unknown) => void): Promise<void> {
  const stream = await AppDataSource.getRepository(Post).createQueryBuilder('p').where('p.published = true').stream(); // ok: unbounded-query -- stream iteration
  for await (const row of stream) write(row);
}
