import type { Redis } from 'ioredis';
import type { Session } from '../types';

const SESSION_TTL_SECONDS = 60 * 60 * 24;

/** Sessions stored as hashes; the connection is injected so tests can pass a mock. */
export class SessionStore {
  constructor(private readonly redis: Redis) {}

  async find(sessionId: string): Promise<Session | null> {
    const fields = await this.redis.hgetall(`session:${sessionId}`);
    if (!fields.userId) return null;
    return { id: sessionId, userId: fields.userId, expiresAt: Number(fields.expiresAt) };
  }

  async touch(sessionId: string): Promise<void> {
    await this.redis.expire(`session:${sessionId}`, SESSION_TTL_SECONDS);
  }

  async userIdsOf(sessionIds: string[]): Promise<Array<string | null>> {
    const userIds: Array<string | null> = [];
    for (let i = 0; i < sessionIds.length; i++) {
      userIds.push(await this.redis.hget(`session:${sessionIds[i]}`, 'userId')); // expect: query-in-loop
    }
    return userIds;
  }

  async touchAll(sessionIds: string[]): Promise<void> {
    await Promise.all(sessionIds.map((sessionId) => this.touch(sessionId))); // expect: query-in-loop
  }

  async revokeAll(sessionIds: string[]): Promise<void> {
    const tx = this.redis.multi();
    sessionIds.forEach((sessionId) => tx.del(`session:${sessionId}`)); // ok: query-in-loop -- queued on a MULTI
    await tx.exec();
  }

  async profileFields(sessionId: string): Promise<Array<string | null>> {
    return this.redis.hmget(`session:${sessionId}`, 'userId', 'locale', 'theme'); // ok: query-in-loop -- not in a loop, one HMGET
  }
}
