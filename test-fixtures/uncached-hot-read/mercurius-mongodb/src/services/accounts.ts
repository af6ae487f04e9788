import { ObjectId } from 'mongodb';
import { accounts, type AccountDoc } from '../mongo';

export function findAccount(id: string): Promise<AccountDoc | null> {
  return accounts.findOne({ _id: new ObjectId(id) });
}

/** Loads the account again to check the flag. */
export async function ensureNotSuspended(id: string): Promise<void> {
  const account = await accounts.findOne({ _id: new ObjectId(id) }); // ok: uncached-hot-read -- the repeat is reported where the resolver calls ensureNotSuspended
  if (!account || account.suspended) throw new Error('account suspended');
}
