import type { LibrarySpec } from './model';
import { members } from './helpers';

/** Client methods that are not Redis commands. */
const connectionMethods = [
  'on', 'once', 'off', 'emit', 'addListener', 'removeListener', 'removeAllListeners', 'setMaxListeners', 'listeners',
  'connect', 'disconnect', 'quit', 'QUIT', 'close', 'destroy', 'duplicate', 'defineCommand', 'status', 'options',
  'isOpen', 'isReady', 'then', 'catch', 'nodes', 'createBuiltinCommand', 'withTypeMapping', 'withCommandOptions',
];

/**
 * Commands that only read; every other command counts as a write. ioredis spells them in lower case,
 * node-redis in camel case, and both accept upper case.
 */
const READ_COMMANDS = [
  'get', 'getRange', 'strLen', 'exists', 'ttl', 'pTTL', 'type', 'keys', 'hGet', 'hGetAll', 'hKeys', 'hVals', 'hLen',
  'hExists', 'hStrLen', 'lRange', 'lIndex', 'lLen', 'sMembers', 'sIsMember', 'smIsMember', 'sCard', 'sRandMember',
  'sInter', 'sUnion', 'sDiff', 'zRange', 'zRangeByScore', 'zRangeByLex', 'zRevRange', 'zRevRangeByScore', 'zScore',
  'zmScore', 'zCard', 'zCount', 'zRank', 'zRevRank', 'xRange', 'xRevRange', 'xLen', 'getBit', 'bitCount', 'pfCount',
  'geoPos', 'geoDist', 'geoSearch', 'geoRadius',
];
const readCommandPattern = `^(${READ_COMMANDS.flatMap((command) => [command, command.toLowerCase(), command.toUpperCase()]).join('|')})$`;

/**
 * Commands that hold or change one connection (pub/sub, blocking reads, MONITOR, SELECT, WATCH) and
 * listeners that would pile up: code that uses them needs a connection of its own. Lower case: the
 * rule compares names case-insensitively.
 */
const EXCLUSIVE_COMMANDS = [
  'on', 'once', 'addlistener', 'prependlistener', 'subscribe', 'psubscribe', 'ssubscribe', 'unsubscribe', 'punsubscribe',
  'sunsubscribe', 'monitor', 'select', 'watch', 'unwatch', 'blpop', 'brpop', 'brpoplpush', 'blmove', 'blmpop', 'bzpopmin',
  'bzpopmax', 'bzmpop', 'xread', 'xreadgroup', 'wait', 'client', 'auth',
];

export const ioredis: LibrarySpec = {
  id: 'ioredis',
  displayName: 'ioredis',
  target: 'Redis',
  modules: ['ioredis'],
  exports: {
    default: { instance: 'ioredis.client' },
    Redis: { instance: 'ioredis.client' },
    Cluster: { instance: 'ioredis.client' },
  },
  types: { Redis: 'ioredis.client', Cluster: 'ioredis.client', '/^ChainableCommander$|^Pipeline$/': 'ioredis.pipeline' },
  kinds: {
    'ioredis.client': {
      connection: 'client',
      members: {
        ...members(['pipeline', 'multi'], { returns: 'ioredis.pipeline' }),
        get: { op: 'cache', reads: true, batchForm: 'mget' },
        ...members(['mget', 'hmget'], { op: 'batch', reads: true }),
        ...members(['mset', 'msetnx', 'unlink'], { op: 'batch' }),
        ...members(['scanStream', 'sscanStream', 'hscanStream', 'zscanStream'], { op: 'cursor-step' }),
        connect: { connects: 'once' },
        ...members(['quit', 'QUIT', 'disconnect'], { disconnects: true }),
      },
      memberPatterns: [{ pattern: readCommandPattern, spec: { op: 'cache', reads: true } }],
      anyMember: { op: 'cache' },
      notMembers: connectionMethods,
      // The client connects when created (or, with lazyConnect, on its first command).
      connectsItself: true,
      exclusiveMembers: EXCLUSIVE_COMMANDS,
    },
    // Commands on a pipeline are queued and sent together by exec().
    'ioredis.pipeline': {
      members: { exec: { op: 'cache' } },
      anyMember: { returns: 'ioredis.pipeline' },
    },
  },
  batchAdvice: 'read all keys at once with `mget(keys)` or queue the commands on a `pipeline()` and `exec()` it once',
};

export const nodeRedis: LibrarySpec = {
  id: 'redis',
  displayName: 'node-redis',
  target: 'Redis',
  modules: ['redis', '@redis/client'],
  exports: {
    createClient: { value: 'redis.client-factory' },
    createCluster: { value: 'redis.client-factory' },
    // `import redis from 'redis'; redis.createClient()`.
    default: { namespace: true },
    '*': { namespace: true },
    // Type-only exports used in annotations: `constructor(private readonly redis: RedisClientType)`.
    RedisClientType: { instance: 'redis.client' },
    RedisClusterType: { instance: 'redis.client' },
  },
  types: { '/^RedisClient(Type)?$|^RedisClusterType$|^RedisClusterClient/': 'redis.client', '/Multi/': 'redis.multi' },
  kinds: {
    'redis.client-factory': { call: { op: 'client-constructor', returns: 'redis.client' } },
    'redis.client': {
      members: {
        ...members(['multi', 'MULTI'], { returns: 'redis.multi' }),
        get: { op: 'cache', reads: true, sameTickBatched: {}, batchForm: 'mGet' },
        GET: { op: 'cache', reads: true, sameTickBatched: {}, batchForm: 'MGET' },
        ...members(['mGet', 'MGET', 'hmGet', 'HMGET'], { op: 'batch', reads: true }),
        ...members(['mSet', 'MSET', 'unlink'], { op: 'batch' }),
        ...members(['scanIterator', 'sScanIterator', 'hScanIterator', 'zScanIterator'], { op: 'cursor-step' }),
        connect: { connects: 'once' },
        ...members(['quit', 'QUIT', 'disconnect', 'close', 'destroy'], { disconnects: true }),
      },
      // node-redis pipelines every command issued in the same tick into one write.
      memberPatterns: [{ pattern: readCommandPattern, spec: { op: 'cache', reads: true, sameTickBatched: {} } }],
      anyMember: { op: 'cache', sameTickBatched: {} },
      notMembers: connectionMethods,
      // connect() must be called once; it sets isOpen at once, and commands sent before the client is ready wait in its queue.
      openFlag: 'isOpen',
      exclusiveMembers: EXCLUSIVE_COMMANDS,
    },
    'redis.multi': {
      members: { ...members(['exec', 'EXEC', 'execAsPipeline'], { op: 'cache' }) },
      anyMember: { returns: 'redis.multi' },
    },
  },
  batchAdvice: 'read all keys at once with `mGet(keys)` or queue the commands on `multi()` and `exec()` it once',
};
