import { redis } from '../clients';

export interface Session {
  userId: string;
  role: string;
}

export async function readSession(sid: string): Promise<Session | null> {
  const raw = await redis.get(`session:${sid}`);
  return raw ? (JSON.parse(raw) as Session) : null;
}

/** Reads the same session key again. */
export async function isAdmin(sid: string): Promise<boolean> {
  const raw = await redis.get(`session:${sid}`); // ok: uncached-hot-read -- the repeat is reported where the handler calls isAdmin
  return raw !== null && (JSON.parse(raw) as Session).role === 'admin';
}
