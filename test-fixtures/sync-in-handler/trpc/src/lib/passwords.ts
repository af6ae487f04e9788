import bcrypt from 'bcryptjs';

const PEPPER = process.env.PASSWORD_PEPPER ?? '';

export function hashPassword(password: string): string {
  const salt = bcrypt.genSaltSync(12); // expect: sync-in-handler
  return bcrypt.hashSync(password + PEPPER, salt); // expect: sync-in-handler
}
