import { randomUUID } from 'node:crypto';
import { checkPassword, hashPassword } from '../lib/password';

interface StoredUser {
  id: string;
  email: string;
  passwordHash: string;
}

const users = new Map<string, StoredUser>();

export const userService = {
  async register(email: string, password: string): Promise<{ id: string; email: string }> {
    const user: StoredUser = { id: randomUUID(), email, passwordHash: hashPassword(password) };
    users.set(email, user);
    return { id: user.id, email };
  },

  async login(email: string, password: string): Promise<string | null> {
    const user = users.get(email);
    if (!user || !(await checkPassword(password, user.passwordHash))) return null;
    return randomUUID();
  },
};
