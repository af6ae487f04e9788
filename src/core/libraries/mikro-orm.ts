import type { LibrarySpec, MemberSpec } from './model';
import { members } from './helpers';

const entityManagerOperations: Record<string, MemberSpec> = {
  ...members(['find', 'findAll', 'findAndCount'], { op: 'list', batchedWhen: ['in-list'], boundedBy: ['limit'] }),
  findByCursor: { op: 'list', batchedWhen: ['in-list'], boundedBy: ['first', 'last'] },
  ...members(['findOne', 'findOneOrFail'], { op: 'by-key', batchedWhen: ['in-list'] }),
  count: { op: 'aggregate', batchedWhen: ['in-list'] },
  ...members(['flush', 'persistAndFlush', 'removeAndFlush', 'upsert', 'nativeInsert', 'nativeUpdate', 'nativeDelete', 'insert'], {
    op: 'write',
  }),
  ...members(['insertMany', 'upsertMany'], { op: 'batch' }),
  populate: { op: 'query' },
  // `em.execute('SELECT ...')` on a SQL driver's entity manager.
  execute: { op: 'query', sqlArgument: 0, batchedWhen: ['sql-in-list'] },
  // persist/remove only queue the change until flush: that is the batched way.
  ...members(['persist', 'remove', 'getReference', 'create', 'assign', 'merge'], {}),
  createQueryBuilder: { returns: 'mikro-orm.query-builder' },
  qb: { returns: 'mikro-orm.query-builder' },
};

export const mikroOrm: LibrarySpec = {
  id: 'mikro-orm',
  displayName: 'MikroORM',
  target: 'the database',
  modules: ['@mikro-orm/core', '@mikro-orm/postgresql', '@mikro-orm/mysql', '@mikro-orm/mariadb', '@mikro-orm/sqlite', '@mikro-orm/mongodb', '@mikro-orm/knex', '@mikro-orm/better-sqlite', '@mikro-orm/libsql', '@mikro-orm/mssql'],
  exports: {
    EntityManager: { instance: 'mikro-orm.em' },
    SqlEntityManager: { instance: 'mikro-orm.em' },
    EntityRepository: { instance: 'mikro-orm.repository' },
    SqlEntityRepository: { instance: 'mikro-orm.repository' },
    MikroORM: { instance: 'mikro-orm.orm' },
  },
  types: {
    '/EntityManager$/': 'mikro-orm.em',
    '/EntityRepository$/': 'mikro-orm.repository',
    MikroORM: 'mikro-orm.orm',
    '/QueryBuilder$/': 'mikro-orm.query-builder',
  },
  kinds: {
    'mikro-orm.orm': { members: { em: { returns: 'mikro-orm.em' } } },
    'mikro-orm.em': {
      members: {
        ...entityManagerOperations,
        // `em.findOne(Book, { id })` → `em.find(Book, { id: { $in: ids } })`; not findOneOrFail, which throws.
        findOne: { ...entityManagerOperations.findOne, inListBatch: { member: 'find', keyIn: 'argument', keyArgument: 1, operator: '$in' } },
        // `em.persist(entity).flush()`: persist/remove return the entity manager.
        ...members(['persist', 'remove'], { returns: 'mikro-orm.em' }),
        fork: { returns: 'mikro-orm.em' },
        getRepository: { returns: 'mikro-orm.repository' },
        transactional: { callbackReceives: 'mikro-orm.em' },
      },
    },
    'mikro-orm.repository': {
      members: {
        ...entityManagerOperations,
        // `repo.findOne({ id })` → `repo.find({ id: { $in: ids } })`.
        findOne: { ...entityManagerOperations.findOne, inListBatch: { member: 'find', keyIn: 'first-argument', operator: '$in' } },
        getEntityManager: { returns: 'mikro-orm.em' },
        em: { returns: 'mikro-orm.em' },
      },
    },
    'mikro-orm.query-builder': {
      members: {
        ...members(['getResultList', 'getResult'], { op: 'list' }),
        ...members(['getSingleResult', 'execute'], { op: 'query' }),
        getCount: { op: 'aggregate' },
        limit: { returns: 'mikro-orm.query-builder', bounds: true },
      },
      anyMember: { returns: 'mikro-orm.query-builder' },
      limitStep: 'limit',
      offsetStep: 'offset',
      thenable: 'query',
    },
  },
  limitAdvice: 'add `limit` (and `offset`) to the find options, or use `findByCursor`',
  batchAdvice: 'load all entities at once with `find(Entity, { id: { $in: ids } })` before the loop and look them up in a Map',
  writeAdvice: '`persist` each entity in the loop and `flush()` once after it',
};
