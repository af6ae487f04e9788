import { randomBytes } from 'node:crypto';
import { verifyPassword } from '../lib/passwords';

const users = new Map<string, { salt: string; hash: string }>();

export async function login(user: string, password: string): Promise<string | null> {
  const record = users.get(user);
  if (!record || !verifyPassword(password, record.salt, record.hash)) return null;
  return randomBytes(24).toString('base64url');
}
