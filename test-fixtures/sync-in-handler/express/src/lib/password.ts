import * as bcrypt from 'bcrypt';

const ROUNDS = 12;

export function hashPassword(plain: string): string {
  return bcrypt.hashSync(plain, ROUNDS); // expect: sync-in-handler
}

export async function checkPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash); // ok: sync-in-handler -- async bcrypt, runs on the libuv pool
}
