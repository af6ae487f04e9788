import type { LibrarySpec, MemberSpec } from './model';
import { members } from './helpers';

/** Collection methods shared by the MongoDB driver and Mongoose models. */
export const collectionOperations: Record<string, MemberSpec> = {
  ...members(['findOne', 'findById'], { op: 'by-key', batchedWhen: ['in-list'] }),
  ...members(
    [
      'insertOne',
      'updateOne',
      'replaceOne',
      'deleteOne',
      'findOneAndUpdate',
      'findOneAndDelete',
      'findOneAndReplace',
      'findByIdAndUpdate',
      'findByIdAndDelete',
      'findByIdAndRemove',
    ],
    { op: 'write' },
  ),
  ...members(['updateMany', 'deleteMany'], { op: 'write', batchedWhen: ['in-list'] }),
  ...members(['insertMany', 'bulkWrite'], { op: 'batch' }),
  ...members(['countDocuments', 'estimatedDocumentCount', 'distinct'], { op: 'aggregate', batchedWhen: ['in-list'] }),
};

export const mongodb: LibrarySpec = {
  id: 'mongodb',
  displayName: 'MongoDB',
  target: 'MongoDB',
  modules: ['mongodb'],
  exports: {
    // `new MongoClient(url)`, and the static `MongoClient.connect(url)`.
    MongoClient: { instance: 'mongodb.client', value: 'mongodb.client-class' },
    Db: { instance: 'mongodb.db' },
    Collection: { instance: 'mongodb.collection' },
  },
  types: {
    MongoClient: 'mongodb.client',
    Db: 'mongodb.db',
    Collection: 'mongodb.collection',
    '/Cursor$/': 'mongodb.cursor',
  },
  kinds: {
    'mongodb.client-class': { members: { connect: { op: 'client-constructor', returns: 'mongodb.client' } } },
    'mongodb.client': {
      connection: 'pool',
      members: { db: { returns: 'mongodb.db' }, connect: { connects: 'repeatable' }, close: { disconnects: true }, startSession: {} },
      // Since driver 4.7 the first operation connects the client.
      connectsItself: true,
      exclusiveMembers: ['on', 'once'],
    },
    'mongodb.db': {
      members: { collection: { returns: 'mongodb.collection' }, command: { op: 'query' } },
    },
    'mongodb.collection': {
      members: {
        ...collectionOperations,
        ...members(['find', 'aggregate'], { returns: 'mongodb.cursor' }),
        // `findOne({ sku })` → `find({ sku: { $in: skus } }).toArray()`.
        findOne: { ...collectionOperations.findOne, inListBatch: { member: 'find', keyIn: 'first-argument', operator: '$in', then: 'toArray' } },
      },
    },
    'mongodb.cursor': {
      members: {
        // `find(filter, { limit })` or `.limit(n)` bounds what toArray() loads.
        toArray: { op: 'list', batchedWhen: ['in-list'], boundedBy: ['limit'] },
        limit: { returns: 'mongodb.cursor', bounds: true },
        ...members(['next', 'hasNext', 'tryNext', 'forEach', 'stream'], { op: 'cursor-step' }),
      },
      anyMember: { returns: 'mongodb.cursor' },
      limitStep: 'limit',
      offsetStep: 'skip',
    },
  },
  limitAdvice: 'add `.limit(n)` or `{ limit }` to the find options',
  batchAdvice: 'load all documents at once with `find({ _id: { $in: ids } })` before the loop and look them up in a Map',
  writeAdvice: 'send them as one `insertMany` or `bulkWrite`',
};
