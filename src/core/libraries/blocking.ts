import type { ExportSpec, LibrarySpec } from './model';

/** Each export named here blocks the event loop until it returns. */
function blocking(names: string[]): Record<string, ExportSpec> {
  return Object.fromEntries(names.map((name) => [name, { value: 'blocking.call' }]));
}

const blockingKinds = { 'blocking.call': { call: { op: 'blocking-sync' as const } } };

/** The same names for the type-checker path: a function declared in the library's typings under that name. */
function blockingTypes(names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, 'blocking.call']));
}

/** Reads of a whole file, blocking and not. */
const FS_READ_SYNC = ['readFileSync', 'readJsonSync', 'readJSONSync'];
const FS_READ = ['readFile', 'readJson', 'readJSON'];

const FS_SYNC = [
  'writeFileSync', 'appendFileSync', 'existsSync', 'statSync', 'lstatSync', 'fstatSync', 'readdirSync',
  'mkdirSync', 'mkdtempSync', 'rmSync', 'rmdirSync', 'unlinkSync', 'renameSync', 'copyFileSync', 'cpSync', 'accessSync',
  'openSync', 'closeSync', 'readSync', 'writeSync', 'readlinkSync', 'realpathSync', 'symlinkSync', 'linkSync', 'chmodSync',
  'chownSync', 'utimesSync', 'truncateSync', 'ftruncateSync', 'fsyncSync', 'opendirSync', 'statfsSync', 'readvSync',
  'writevSync', 'lchownSync', 'futimesSync', 'lutimesSync', 'fdatasyncSync', 'fchmodSync', 'fchownSync', 'globSync',
  // fs-extra's own
  'writeJsonSync', 'writeJSONSync', 'outputFileSync', 'outputJsonSync', 'ensureDirSync',
  'ensureFileSync', 'copySync', 'moveSync', 'removeSync', 'pathExistsSync', 'emptyDirSync', 'mkdirpSync', 'mkdirsSync',
];

const CHILD_PROCESS_SYNC = ['execSync', 'spawnSync', 'execFileSync'];
const CRYPTO_SYNC = ['pbkdf2Sync', 'scryptSync', 'generateKeyPairSync', 'generateKeySync', 'generatePrimeSync', 'hkdfSync'];
const ZLIB_SYNC = [
  'gzipSync', 'gunzipSync', 'deflateSync', 'inflateSync', 'deflateRawSync', 'inflateRawSync', 'unzipSync',
  'brotliCompressSync', 'brotliDecompressSync', 'zstdCompressSync', 'zstdDecompressSync',
];
const BCRYPT_SYNC = ['hashSync', 'compareSync', 'genSaltSync'];

function exportsOfKind(names: string[], kind: string): Record<string, ExportSpec> {
  return Object.fromEntries(names.map((name) => [name, { value: kind }]));
}

function typesOfKind(names: string[], kind: string): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, kind]));
}

/**
 * node:fs: every `*Sync` function blocks. `fs/promises` and `fs.promises` are the async forms; of those
 * only whole-file reads are modelled (uncached-hot-read asks for them).
 */
export const nodeFs: LibrarySpec = {
  id: 'fs',
  displayName: 'fs',
  target: 'the file system',
  modules: ['fs', 'node:fs', 'fs-extra', 'graceful-fs', 'fs/promises', 'node:fs/promises'],
  exports: {
    ...blocking(FS_SYNC),
    ...exportsOfKind(FS_READ_SYNC, 'fs.read-file-sync'),
    ...exportsOfKind(FS_READ, 'fs.read-file'),
    // `import { promises as fs } from 'fs'`, `fs.promises.readFile(...)`.
    promises: { namespace: true },
    default: { namespace: true },
    '*': { namespace: true },
  },
  types: { ...blockingTypes(FS_SYNC), ...typesOfKind(FS_READ_SYNC, 'fs.read-file-sync'), ...typesOfKind(FS_READ, 'fs.read-file') },
  typingsPaths: ['/node_modules/@types/node/fs.d.ts', '/node_modules/@types/node/fs/promises.d.ts', '/node_modules/@types/fs-extra/'],
  kinds: {
    ...blockingKinds,
    'fs.read-file-sync': { call: { op: 'blocking-sync', readsFile: true } },
    'fs.read-file': { call: { op: 'file-read', readsFile: true } },
  },
  batchAdvice: '',
};

export const nodeChildProcess: LibrarySpec = {
  id: 'child_process',
  displayName: 'node:child_process',
  target: 'a child process',
  modules: ['child_process', 'node:child_process'],
  exports: { ...blocking(CHILD_PROCESS_SYNC), default: { namespace: true }, '*': { namespace: true } },
  types: blockingTypes(CHILD_PROCESS_SYNC),
  typingsPaths: ['/node_modules/@types/node/child_process.d.ts'],
  kinds: blockingKinds,
  batchAdvice: '',
};

export const nodeCrypto: LibrarySpec = {
  id: 'crypto',
  displayName: 'node:crypto',
  target: 'the CPU',
  modules: ['crypto', 'node:crypto'],
  exports: { ...blocking(CRYPTO_SYNC), default: { namespace: true }, '*': { namespace: true } },
  types: blockingTypes(CRYPTO_SYNC),
  typingsPaths: ['/node_modules/@types/node/crypto.d.ts'],
  kinds: blockingKinds,
  batchAdvice: '',
};

export const nodeZlib: LibrarySpec = {
  id: 'zlib',
  displayName: 'node:zlib',
  target: 'the CPU',
  modules: ['zlib', 'node:zlib'],
  exports: { ...blocking(ZLIB_SYNC), default: { namespace: true }, '*': { namespace: true } },
  types: blockingTypes(ZLIB_SYNC),
  typingsPaths: ['/node_modules/@types/node/zlib.d.ts'],
  kinds: blockingKinds,
  batchAdvice: '',
};

/** bcrypt and bcryptjs: the `*Sync` forms hash on the event loop (tens to hundreds of ms per call). */
export const bcrypt: LibrarySpec = {
  id: 'bcrypt',
  displayName: 'bcrypt',
  target: 'the CPU',
  modules: ['bcrypt', 'bcryptjs'],
  exports: { ...blocking(BCRYPT_SYNC), default: { namespace: true }, '*': { namespace: true } },
  types: blockingTypes(BCRYPT_SYNC),
  typingsPaths: ['/node_modules/@types/bcrypt/', '/node_modules/bcryptjs/'],
  kinds: blockingKinds,
  batchAdvice: '',
};
