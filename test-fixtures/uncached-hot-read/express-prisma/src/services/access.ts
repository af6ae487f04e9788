import { prisma } from '../db';

export class ForbiddenError extends Error {}

/** Loads the user again to check the role. */
export async function checkAccess(id: string): Promise<void> {
  const user = await prisma.user.findUnique({ where: { id } }); // ok: uncached-hot-read -- the repeat is reported where the handler calls checkAccess
  if (!user || user.role === 'suspended') throw new ForbiddenError(`user ${id} may not see this`);
}
