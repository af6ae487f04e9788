import { raw } from '@mikro-orm/core';
import { EntityRepository } from '@mikro-orm/postgresql';
import { Author } from '../entities/author.entity';

/** A custom repository: the entity's repository plus domain lookups. */
export class AuthorRepository extends EntityRepository<Author> {
  findByEmail(email: string): Promise<Author | null> {
    return this.findOne({ email: email.toLowerCase() });
  }

  /** One UPDATE through the repository's entity manager. */
  async addRoyalties(authorId: number, cents: number): Promise<void> {
    await this.em.nativeUpdate(Author, { id: authorId }, { royaltiesCents: raw(`royalties_cents + ${Math.trunc(cents)}`) });
  }
}
