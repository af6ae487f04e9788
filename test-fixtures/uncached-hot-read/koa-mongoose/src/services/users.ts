import { User } from '../models/user';

export function loadUser(id: string) {
  return User.findById(id).lean();
}

/** Loads the same user again to check the status. */
export async function ensureActive(id: string): Promise<void> {
  const user = await User.findById(id).lean(); // ok: uncached-hot-read -- the repeat is reported where the handler calls ensureActive
  if (!user || user.status !== 'active') throw Object.assign(new Error('inactive account'), { status: 403 });
}
