import { client, sessionKey } from '../client';
import type { Session } from '../types';

/** One session hash. The HGETALL is issued before any await, so callers can batch it in one tick. */
export async function getSession(id: string): Promise<Session | null> {
  const fields = await client.hGetAll(sessionKey(id));
  if (!fields.userId) return null;
  return { id, userId: fields.userId, role: fields.role ?? 'user' };
}

export async function saveSession(session: Session): Promise<void> {
  await client.hSet(sessionKey(session.id), { userId: session.userId, role: session.role });
  await client.expire(sessionKey(session.id), 3600);
}
