import type { IClock, ITagStore, Tag } from '../stores/types';

export class TagService {
  constructor(
    private readonly tagStore: ITagStore,
    private readonly clock: IClock,
  ) {}

  /** One SELECT per id, through the interface: the PgTagStore behind it queries. */
  async tagsOneByOne(ids: number[]): Promise<Array<Tag | undefined>> {
    const tags: Array<Tag | undefined> = [];
    for (const id of ids) {
      tags.push(await this.tagStore.get(id)); // expect: query-in-loop
    }
    return tags;
  }

  /** Batched through the same interface. */
  async tagsInChunks(chunks: number[][]): Promise<Tag[]> {
    const tags: Tag[] = [];
    for (const chunk of chunks) {
      tags.push(...(await this.tagStore.getAll(chunk))); // ok: query-in-loop -- every implementation batches with ANY($1)
    }
    return tags;
  }

  /** An interface whose only implementation does no I/O. */
  stamp(ids: number[]): Array<{ id: number; at: Date }> {
    return ids.map((id) => ({ id, at: this.clock.now() })); // ok: query-in-loop -- SystemClock does no I/O
  }
}
