import { GraphQLError } from 'graphql';
import { Plan, User } from '../models';

export interface Context {
  userId: number | null;
}

export async function requireUser(userId: number): Promise<User> {
  const user = await User.findByPk(userId);
  if (!user) throw new GraphQLError('unknown user');
  return user;
}

/** Loads the user again, then its plan. */
export async function planOf(userId: number): Promise<Plan | null> {
  const user = await User.findByPk(userId); // ok: uncached-hot-read -- the repeat is reported where the resolver calls planOf
  return user ? Plan.findByPk(user.planCode) : null;
}
