import type { LibrarySpec } from './model';
import { members } from './helpers';
import { collectionOperations } from './mongodb';

const lazyQuery = { lazy: true, returns: 'mongoose.query' } as const;

export const mongoose: LibrarySpec = {
  id: 'mongoose',
  displayName: 'Mongoose',
  target: 'MongoDB',
  modules: ['mongoose'],
  exports: {
    default: { value: 'mongoose.namespace' },
    '*': { value: 'mongoose.namespace' },
    model: { value: 'mongoose.model-factory' },
    createConnection: { value: 'mongoose.connection-factory' },
    Model: { instance: 'mongoose.model', subclassStatics: 'mongoose.model' },
    connection: { value: 'mongoose.connection' },
    Connection: { instance: 'mongoose.connection' },
  },
  types: {
    '/^Model$/': 'mongoose.model',
    '/^Query$/': 'mongoose.query',
    '/^Document$|^HydratedDocument$/': 'mongoose.document',
    '/^Connection$/': 'mongoose.connection',
    '/^QueryCursor$/': 'mongoose.cursor',
  },
  kinds: {
    'mongoose.namespace': {
      members: {
        model: { returns: 'mongoose.model' },
        connection: { returns: 'mongoose.connection' },
        createConnection: { op: 'client-constructor', returns: 'mongoose.connection' },
      },
    },
    'mongoose.model-factory': { call: { returns: 'mongoose.model' } },
    'mongoose.connection-factory': { call: { op: 'client-constructor', returns: 'mongoose.connection' } },
    'mongoose.connection': {
      members: {
        model: { returns: 'mongoose.model' },
        collection: { returns: 'mongodb.collection' },
        asPromise: { connects: 'repeatable' },
        openUri: { connects: 'once' },
        ...members(['close', 'destroy'], { disconnects: true }),
      },
      // createConnection(uri) starts connecting at once, and operations wait for the connection.
      connectsItself: true,
      exclusiveMembers: ['on', 'once'],
    },
    'mongoose.model': {
      members: {
        ...Object.fromEntries(
          Object.entries(collectionOperations).map(([name, spec]) => [name, { ...spec, ...lazyQuery }]),
        ),
        find: { op: 'list', batchedWhen: ['in-list'], lazy: true, returns: 'mongoose.query', boundedBy: ['limit'] },
        // `findOne({ email })` → `find({ email: { $in: emails } })`; `findById(id)` reads `_id`.
        findOne: { ...collectionOperations.findOne, ...lazyQuery, inListBatch: { member: 'find', keyIn: 'first-argument', operator: '$in', keepAfter: ['lean', 'exec'] } },
        findById: { ...collectionOperations.findById, ...lazyQuery, inListBatch: { member: 'find', keyIn: 'first-argument', keyProperty: '_id', operator: '$in', keepAfter: ['lean', 'exec'] } },
        create: { op: 'write', batchedWhen: ['array-argument'] },
        ...members(['exists'], { op: 'aggregate', ...lazyQuery }),
        aggregate: { op: 'query', lazy: true, returns: 'mongoose.query' },
        populate: { op: 'query' },
      },
    },
    'mongoose.query': {
      limitStep: 'limit',
      offsetStep: 'skip',
      members: {
        exec: { op: 'query' },
        cursor: { returns: 'mongoose.cursor' },
        limit: { returns: 'mongoose.query', bounds: true },
        // Without typings an awaited query stands for its result: a Query has no `save`, a document does.
        save: { op: 'write' },
      },
      anyMember: { returns: 'mongoose.query' },
      // `for (const doc of await Model.find())`: the documents of the awaited query.
      elements: 'mongoose.document',
    },
    'mongoose.cursor': {
      members: members(['next', 'eachAsync', 'close'], { op: 'cursor-step' }),
      anyMember: { returns: 'mongoose.cursor' },
      elements: 'mongoose.document',
    },
    'mongoose.document': {
      members: {
        ...members(['save', 'deleteOne', 'updateOne', 'remove'], { op: 'write' }),
        populate: { op: 'query' },
      },
    },
  },
  limitAdvice: 'add `.limit(n)` (and `.skip()` or a range on `_id`)',
  batchAdvice: 'load all documents at once with `find({ _id: { $in: ids } })` before the loop and look them up in a Map',
  writeAdvice: 'send them as one `insertMany` or `bulkWrite`',
};
