import type { Cache } from '../client';
import { flagKey, sleep } from '../client';
import type { Flag } from '../types';

/** Feature flags kept as plain string keys; the client is injected. */
export class FlagService {
  constructor(private readonly redis: Cache) {}

  async load(names: string[]): Promise<Flag[]> {
    const flags: Flag[] = [];
    for (const name of names) {
      const value = await this.redis.get(flagKey(name)); // expect: query-in-loop
      flags.push({ name, enabled: value === '1' });
    }
    return flags;
  }

  /** All GETs issued in the same tick: node-redis writes them as one pipeline. */
  async loadParallel(names: string[]): Promise<Flag[]> {
    const values = await Promise.all(names.map((name) => this.redis.get(flagKey(name)))); // ok: query-in-loop -- node-redis auto-pipelines same-tick commands
    return names.map((name, i) => ({ name, enabled: values[i] === '1' })); // ok: query-in-loop -- no I/O
  }

  async loadBatched(names: string[]): Promise<Flag[]> {
    const values = await this.redis.mGet(names.map(flagKey)); // ok: query-in-loop -- one MGET
    return names.map((name, i) => ({ name, enabled: values[i] === '1' }));
  }

  async enable(names: string[]): Promise<void> {
    for (let i = 0; i < names.length; i++) {
      await this.redis.set(flagKey(names[i]), '1', { expiration: { type: 'EX', value: 86_400 } }); // expect: query-in-loop
    }
  }

  /** Queued on MULTI in the loop, sent with one EXEC. */
  async disable(names: string[]): Promise<void> {
    const tx = this.redis.multi();
    for (const name of names) {
      tx.set(flagKey(name), '0'); // ok: query-in-loop -- queued on a MULTI
    }
    await tx.exec(); // ok: query-in-loop -- one EXEC after the loop
  }

  /** Each flag gets its own MULTI/EXEC: one round trip per flag. */
  async toggleEach(names: string[]): Promise<void> {
    for (const name of names) {
      await this.redis.multi().set(flagKey(name), '1').expire(flagKey(name), 60).exec(); // expect: query-in-loop
    }
  }

  async readWithRetry(name: string): Promise<string | null> {
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        return await this.redis.get(flagKey(name)); // ok: query-in-loop -- retry loop
      } catch {
        await sleep(100 * attempt);
      }
    }
    return null;
  }
}
