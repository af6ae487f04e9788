import type { LibrarySpec, MemberSpec } from './model';
import { members } from './helpers';

/** Methods shared by EntityManager and Repository. */
const entityOperations: Record<string, MemberSpec> = {
  ...members(['find', 'findAndCount'], { op: 'list', batchedWhen: ['in-list'], boundedBy: ['take'], optionsArgument: 0, offsetBy: 'skip' }),
  ...members(['findBy', 'findAndCountBy'], { op: 'list', batchedWhen: ['in-list'] }),
  ...members(['findOne', 'findOneBy', 'findOneOrFail', 'findOneByOrFail', 'preload'], { op: 'by-key', batchedWhen: ['in-list'] }),
  // `findOne({ where: { id } })` → `find({ where: { id: In(ids) } })`, `findOneBy({ id })` → `findBy({ id: In(ids) })`.
  findOne: { op: 'by-key', batchedWhen: ['in-list'], inListBatch: { member: 'find', wrapper: { name: 'In', module: 'typeorm' }, keepOptions: ['relations'] } },
  findOneBy: { op: 'by-key', batchedWhen: ['in-list'], inListBatch: { member: 'findBy', keyIn: 'first-argument', wrapper: { name: 'In', module: 'typeorm' } } },
  ...members(['findByIds'], { op: 'batch' }),
  ...members(['count', 'countBy', 'sum', 'average', 'minimum', 'maximum', 'exist', 'exists', 'existsBy'], {
    op: 'aggregate',
    batchedWhen: ['in-list'],
  }),
  ...members(['save', 'insert', 'upsert', 'remove', 'softRemove', 'recover'], { op: 'write', batchedWhen: ['array-argument'] }),
  ...members(['update', 'delete', 'softDelete', 'restore', 'increment', 'decrement', 'clear'], {
    op: 'write',
    batchedWhen: ['in-list', 'array-argument'],
  }),
  query: { op: 'query', sqlArgument: 0, batchedWhen: ['sql-in-list'] },
  createQueryBuilder: { returns: 'typeorm.query-builder' },
};

export const typeorm: LibrarySpec = {
  id: 'typeorm',
  displayName: 'TypeORM',
  target: 'the database',
  modules: ['typeorm'],
  exports: {
    DataSource: { instance: 'typeorm.data-source' },
    Connection: { instance: 'typeorm.data-source' },
    EntityManager: { instance: 'typeorm.manager' },
    Repository: { instance: 'typeorm.repository' },
    TreeRepository: { instance: 'typeorm.repository' },
    MongoRepository: { instance: 'typeorm.repository' },
    BaseEntity: { instance: 'typeorm.entity', subclassStatics: 'typeorm.repository' },
    getRepository: { value: 'typeorm.repository-getter' },
    getCustomRepository: { value: 'typeorm.repository-getter' },
    getTreeRepository: { value: 'typeorm.repository-getter' },
    getManager: { value: 'typeorm.manager-getter' },
    getConnection: { value: 'typeorm.data-source-getter' },
  },
  types: {
    DataSource: 'typeorm.data-source',
    Connection: 'typeorm.data-source',
    EntityManager: 'typeorm.manager',
    Repository: 'typeorm.repository',
    TreeRepository: 'typeorm.repository',
    MongoRepository: 'typeorm.repository',
    '/QueryBuilder$/': 'typeorm.query-builder',
  },
  kinds: {
    'typeorm.repository-getter': { call: { returns: 'typeorm.repository' } },
    'typeorm.manager-getter': { call: { returns: 'typeorm.manager' } },
    'typeorm.data-source-getter': { call: { returns: 'typeorm.data-source' } },
    'typeorm.data-source': {
      connection: 'pool',
      members: {
        manager: { returns: 'typeorm.manager' },
        ...members(['getRepository', 'getTreeRepository', 'getMongoRepository', 'getCustomRepository'], {
          returns: 'typeorm.repository',
        }),
        query: { op: 'query', sqlArgument: 0, batchedWhen: ['sql-in-list'] },
        createQueryBuilder: { returns: 'typeorm.query-builder' },
        transaction: { callbackReceives: 'typeorm.manager' },
        ...members(['initialize', 'connect'], { connects: 'once' }),
        ...members(['destroy', 'close'], { disconnects: true }),
      },
    },
    'typeorm.manager': {
      members: {
        ...entityOperations,
        ...members(['getRepository', 'getTreeRepository', 'getMongoRepository', 'getCustomRepository', 'withRepository'], {
          returns: 'typeorm.repository',
        }),
        transaction: { callbackReceives: 'typeorm.manager' },
      },
    },
    'typeorm.repository': {
      members: { ...entityOperations, manager: { returns: 'typeorm.manager' } },
    },
    'typeorm.entity': {
      members: {
        ...members(['save', 'remove', 'softRemove', 'recover'], { op: 'write' }),
        reload: { op: 'query' },
      },
    },
    'typeorm.query-builder': {
      members: {
        // `.where('id IN (:...ids)', { ids })` in any step makes the whole query a batch.
        ...members(['getMany', 'getRawMany', 'getManyAndCount', 'getRawAndEntities'], { op: 'list', batchedWhen: ['sql-in-list'] }),
        ...members(['getOne', 'getRawOne', 'getOneOrFail'], { op: 'query', reads: true, batchedWhen: ['sql-in-list'] }),
        ...members(['getCount', 'getExists'], { op: 'aggregate', batchedWhen: ['sql-in-list'] }),
        execute: { op: 'query', batchedWhen: ['sql-in-list'] },
        stream: { op: 'cursor-step' },
        whereInIds: { returns: 'typeorm.query-builder', marksBatch: true },
        ...members(['take', 'limit'], { returns: 'typeorm.query-builder', bounds: true }),
      },
      anyMember: { returns: 'typeorm.query-builder' },
      // `limit` on a query builder with joins limits joined rows, not entities.
      limitStep: 'take',
      offsetStep: 'skip',
    },
  },
  limitAdvice: 'add `take` (and `skip`) to the find options, or `.take(n)` to the query builder',
  batchAdvice: 'load all rows at once with `findBy({ id: In(ids) })` before the loop and look them up in a Map',
  writeAdvice: 'save them in one call (`save(entities)`, `insert(rows)`) or one `update`/`delete` with `In(ids)`',
};
