import type { LibrarySpec } from './model';
import { members } from './helpers';

const lazy = { lazy: true } as const;

export const prisma: LibrarySpec = {
  id: 'prisma',
  displayName: 'Prisma',
  target: 'the database',
  modules: ['@prisma/client', '@prisma/client/*', '.prisma/client'],
  typingsPaths: ['/node_modules/.prisma/client/', '/node_modules/@prisma/client/'],
  exports: {
    PrismaClient: { instance: 'prisma.client' },
    'Prisma.TransactionClient': { instance: 'prisma.client' },
  },
  types: {
    PrismaClient: 'prisma.client',
    DefaultPrismaClient: 'prisma.client',
    TransactionClient: 'prisma.client',
    '/Delegate$/': 'prisma.delegate',
  },
  kinds: {
    'prisma.client': {
      connection: 'pool',
      members: {
        ...members(['$queryRaw', '$queryRawUnsafe'], { op: 'query', ...lazy, sqlArgument: 0, batchedWhen: ['sql-in-list'] }),
        ...members(['$executeRaw', '$executeRawUnsafe'], { op: 'write', ...lazy, sqlArgument: 0, batchedWhen: ['sql-in-list'] }),
        ...members(['$runCommandRaw'], { op: 'query', ...lazy }),
        $extends: { returns: 'prisma.client' },
        $transaction: { callbackReceives: 'prisma.client' },
        ...members(['$connect', '$disconnect', '$on', '$use', '$metrics', 'then'], {}),
        $connect: { connects: 'repeatable' },
        $disconnect: { disconnects: true },
      },
      // The client connects on its first query; `$on` and `$use` on a shared client would pile up.
      connectsItself: true,
      exclusiveMembers: ['$on', '$use'],
      // `prisma.user`, `prisma.post`: one delegate per model.
      anyMember: { returns: 'prisma.delegate' },
    },
    'prisma.delegate': {
      members: {
        findUnique: { op: 'by-key', ...lazy, sameTickBatched: {}, inListBatch: { member: 'findMany', operator: 'in', keepOptions: ['include', 'select'] } },
        // Batched again since 4.16.0 (prisma/prisma#19554); not batched in 4.7 to 4.15.
        findUniqueOrThrow: { op: 'by-key', ...lazy, sameTickBatched: { sinceVersion: '4.16.0' } },
        ...members(['findFirst', 'findFirstOrThrow'], { op: 'query', reads: true, ...lazy, batchedWhen: ['in-list'] }),
        findMany: { op: 'list', ...lazy, batchedWhen: ['in-list'], boundedBy: ['take'], optionsArgument: 0, offsetBy: 'skip' },
        ...members(['create', 'update', 'upsert', 'delete'], { op: 'write', ...lazy }),
        ...members(['updateMany', 'deleteMany'], { op: 'write', ...lazy, batchedWhen: ['in-list'] }),
        ...members(['createMany', 'createManyAndReturn', 'updateManyAndReturn'], { op: 'batch', ...lazy }),
        ...members(['count', 'aggregate', 'groupBy'], { op: 'aggregate', ...lazy, batchedWhen: ['in-list'] }),
      },
    },
  },
  limitAdvice: 'add `take` (a page size) and paginate with `skip` or a `cursor` from the request',
  batchAdvice:
    'load all rows at once with `findMany({ where: { id: { in: ids } } })` before the loop and look them up in a Map',
  writeAdvice: 'write them in one statement (`createMany`, `updateMany` with `where: { id: { in: ids } }`) or pass the queries to one `prisma.$transaction([...])`',
};
