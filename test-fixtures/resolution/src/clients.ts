import { PrismaClient } from '@prisma/client';
import { Pool } from 'pg';

export const clients = { primary: new PrismaClient(), analytics: new Pool() };
/** Only the type checker can tell what this is: an indexed access over an inferred object type. */
export type PrimaryClient = (typeof clients)[keyof Pick<typeof clients, 'primary'>];
