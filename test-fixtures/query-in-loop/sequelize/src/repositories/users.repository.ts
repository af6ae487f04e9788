import { User } from '../models';

export function findAuthor(id: number): Promise<User | null> {
  return User.findByPk(id, { attributes: ['id', 'displayName', 'email'] });
}

export function findAuthors(ids: number[]): Promise<User[]> {
  return User.findAll({ where: { id: ids }, attributes: ['id', 'displayName', 'email'] });
}

export async function markSeen(id: number, at: Date): Promise<void> {
  await User.update({ lastSeenAt: at }, { where: { id } });
}
