import bcrypt from 'bcryptjs';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../lib/passwords';

const accounts = new Map<string, { id: string; passwordHash: string }>();

export function createAccount(email: string, password: string): { id: string } {
  const account = { id: randomUUID(), passwordHash: hashPassword(password) };
  accounts.set(email, account);
  return { id: account.id };
}

export async function verifyLogin(email: string, password: string): Promise<boolean> {
  const account = accounts.get(email);
  return !!account && (await bcrypt.compare(password, account.passwordHash)); // ok: sync-in-handler -- async bcryptjs compare
}
