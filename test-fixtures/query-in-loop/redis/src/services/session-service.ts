import { client, sessionKey } from '../client';
import { getSession, saveSession } from '../cache/sessions';
import type { Session } from '../types';

export async function sessionsInOrder(ids: string[]): Promise<Array<Session | null>> {
  const sessions: Array<Session | null> = [];
  for (const id of ids) {
    sessions.push(await getSession(id)); // expect: query-in-loop
  }
  return sessions;
}

/** The helper's HGETALL runs before its first await: all N are written in one tick. */
export function sessionsParallel(ids: string[]): Promise<Array<Session | null>> {
  return Promise.all(ids.map((id) => getSession(id))); // ok: query-in-loop -- same-tick commands, auto-pipelined
}

export async function rolesOf(ids: string[]): Promise<Record<string, string>> {
  return Promise.all(
    ids.map(async (id) => {
      const role = await client.hGet(sessionKey(id), 'role'); // ok: query-in-loop -- first command of the callback, same tick
      return [id, role ?? 'user'] as const;
    }),
  ).then((pairs) => Object.fromEntries(pairs));
}

/** A reduce that awaits its accumulator runs the HGETs one after the other. */
export async function userIdsBySession(ids: string[]): Promise<Record<string, string>> {
  return ids.reduce(async (previous, id) => {
    const acc = await previous;
    acc[id] = (await client.hGet(sessionKey(id), 'userId')) ?? ''; // expect: query-in-loop
    return acc;
  }, Promise.resolve({} as Record<string, string>));
}

export async function saveAll(sessions: Session[]): Promise<void> {
  for (const session of sessions) {
    await saveSession(session); // expect: query-in-loop
  }
}

export function extendAll(ids: string[]): void {
  ids.forEach((id) => {
    void client.expire(sessionKey(id), 3600); // ok: query-in-loop -- forEach issues all EXPIREs in one tick, auto-pipelined
  });
}

export async function grantAll(grants: Map<string, string>): Promise<void> {
  for (const [id, role] of grants) {
    await client.hSet(sessionKey(id), 'role', role); // expect: query-in-loop
  }
}

export async function drainAudit(queue: string[]): Promise<void> {
  while (queue.length > 0) {
    const entry = queue.pop()!;
    await client.rPush('audit', entry); // expect: query-in-loop
  }
}

export async function countersForRegions(): Promise<number[]> {
  const out: number[] = [];
  for (const region of ['eu', 'us', 'ap']) {
    out.push(Number(await client.get(`counter:${region}`))); // ok: query-in-loop -- short literal list
  }
  return out;
}
