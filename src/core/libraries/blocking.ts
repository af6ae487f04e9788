import type { AsyncForm, ExportSpec, LibrarySpec, ValueKindSpec } from './model';

/**
 * Each blocking function is a value kind of its own (`zlib.gzipSync`), so that its call can say how
 * to call its async form. `calls` maps the function's name to that form, or to what to advise where
 * no async form gives the same value.
 */
function blockingFunctions(library: string, calls: Record<string, BlockingCall>, readsFile = false): Pick<LibrarySpec, 'exports' | 'types' | 'kinds'> {
  const names = Object.keys(calls);
  const kind = (name: string) => `${library}.${name}`;
  return {
    exports: Object.fromEntries(names.map((name): [string, ExportSpec] => [name, { value: kind(name) }])),
    // The same names for the type-checker path: a function declared in the library's typings under that name.
    types: Object.fromEntries(names.map((name) => [name, kind(name)])),
    kinds: Object.fromEntries(
      names.map((name): [string, ValueKindSpec] => {
        const form = calls[name];
        const alternative = typeof form === 'string' ? { asyncAdvice: form } : { asyncForm: form };
        return [kind(name), { call: { op: 'blocking-sync', ...(readsFile ? { readsFile } : {}), ...alternative } }];
      }),
    ),
  };
}

/** An async form, or the advice for a function without one of the same meaning and type. */
type BlockingCall = AsyncForm | string;

function withoutAsyncForm(names: string[], advice: string): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, advice]));
}

/** Merges the parts of one library built by blockingFunctions. */
function merged(...parts: Array<Pick<LibrarySpec, 'exports' | 'types' | 'kinds'>>): Required<Pick<LibrarySpec, 'exports' | 'types' | 'kinds'>> {
  return {
    exports: Object.assign({}, ...parts.map((part) => part.exports)),
    types: Object.assign({}, ...parts.map((part) => part.types)),
    kinds: Object.assign({}, ...parts.map((part) => part.kinds)),
  };
}

/** `util.promisify`: turns a callback function into one that returns a promise. */
const PROMISIFY = { modules: ['node:util', 'util'], name: 'promisify' };

function promisified(name: string, more: Partial<AsyncForm> = {}): AsyncForm {
  return { from: 'promisified', name, promisify: PROMISIFY, ...more };
}

/**
 * fs functions whose `node:fs/promises` form takes the same arguments and resolves to the same type,
 * also reachable as `fs.promises.<name>` from fs's namespace. fs-extra and graceful-fs are left out.
 */
function fsPromises(name: string, more: Partial<AsyncForm> = {}): AsyncForm {
  return { from: 'module', name, module: 'node:fs/promises', namespaceMember: 'promises', modules: ['fs', 'node:fs'], ...more };
}

/** `name` + `Sync` → the fs/promises form `name`. */
function fsPromisesForms(names: string[]): Record<string, AsyncForm> {
  return Object.fromEntries(names.map((name) => [`${name}Sync`, fsPromises(name)]));
}

/** Reads of a whole file, blocking and not. */
const FS_READ = ['readFile', 'readJson', 'readJSON'];

const FS_SYNC: Record<string, BlockingCall> = {
  ...fsPromisesForms([
    'writeFile', 'appendFile', 'readdir', 'mkdir', 'mkdtemp', 'rm', 'rmdir', 'unlink', 'rename', 'copyFile', 'cp', 'access',
    'readlink', 'realpath', 'symlink', 'link', 'chmod', 'chown', 'utimes', 'truncate', 'lchown', 'lutimes', 'opendir',
  ]),
  // Only without options: `throwIfNoEntry` has no async form.
  statSync: fsPromises('stat', { maxArguments: 1 }),
  lstatSync: fsPromises('lstat', { maxArguments: 1 }),
  // `existsSync` returns false where `access` rejects.
  existsSync: "Use `await fs.promises.access()` (from 'node:fs/promises'), which rejects when the file is missing, or check once at startup.",
  statfsSync: "Use `await fs.promises.statfs()` (from 'node:fs/promises').",
  globSync: "Use `fs.promises.glob()` (from 'node:fs/promises'), or list the files once at startup.",
  // The fd functions' async forms are FileHandle methods.
  ...withoutAsyncForm(
    ['fstatSync', 'openSync', 'closeSync', 'readSync', 'writeSync', 'ftruncateSync', 'fsyncSync', 'readvSync', 'writevSync', 'futimesSync', 'fdatasyncSync', 'fchmodSync', 'fchownSync'],
    "Open the file with `await fs.promises.open()` and use the FileHandle's async methods.",
  ),
  // fs-extra's own: its functions without `Sync` return promises.
  ...Object.fromEntries(
    ['writeJson', 'writeJSON', 'outputFile', 'outputJson', 'ensureDir', 'ensureFile', 'copy', 'move', 'remove', 'pathExists', 'emptyDir', 'mkdirp', 'mkdirs'].map(
      (name) => [`${name}Sync`, `Use fs-extra's \`await fse.${name}()\`.`],
    ),
  ),
};
const FS_READ_SYNC: Record<string, BlockingCall> = {
  readFileSync: fsPromises('readFile'),
  ...withoutAsyncForm(['readJsonSync', 'readJSONSync'], "Use fs-extra's `await fse.readJson()`, or read it once at startup."),
};

/** The options `execSync` and `exec` (`execFileSync` and `execFile`) both take, with the same meaning. */
const SHARED_EXEC_OPTIONS = ['encoding', 'cwd', 'env', 'uid', 'gid', 'windowsHide', 'timeout', 'maxBuffer', 'killSignal', 'shell'];

/**
 * `execSync` returns the command's output, a Buffer unless an encoding is given; promisified `exec`
 * resolves to `{ stdout, stderr }`, with strings unless an encoding says otherwise. With a string
 * encoding both give the output as a string. `spawnSync` has no promisified form.
 */
const CHILD_PROCESS_SYNC: Record<string, BlockingCall> = {
  execSync: promisified('exec', { maxArguments: 2, resultProperty: 'stdout', requiredOption: { argument: 1, key: 'encoding', except: ['buffer'], keys: SHARED_EXEC_OPTIONS } }),
  execFileSync: promisified('execFile', { maxArguments: 3, resultProperty: 'stdout', requiredOption: { argument: 2, key: 'encoding', except: ['buffer'], keys: SHARED_EXEC_OPTIONS } }),
  spawnSync: 'Use the async `spawn` (or promisified `execFile`), or move the work to a queue.',
};

/**
 * The callback functions, promisified, resolve to what the blocking ones return. Not `scrypt`, whose
 * overloads `promisify` types as resolving to `unknown`, nor `generatePrime`, which may give a bigint.
 */
const CRYPTO_SYNC: Record<string, BlockingCall> = {
  pbkdf2Sync: promisified('pbkdf2'),
  hkdfSync: promisified('hkdf'),
  generateKeyPairSync: promisified('generateKeyPair'),
  generateKeySync: promisified('generateKey'),
  scryptSync: 'Use the callback form `crypto.scrypt` (promisified with util.promisify).',
  generatePrimeSync: 'Use the callback form `crypto.generatePrime`.',
};

/** The zlib callback functions declare their promisified form (a Buffer). zstd is too new for the typings. */
const ZLIB_SYNC: Record<string, BlockingCall> = {
  ...Object.fromEntries(
    ['gzip', 'gunzip', 'deflate', 'inflate', 'deflateRaw', 'inflateRaw', 'unzip', 'brotliCompress', 'brotliDecompress'].map((name) => [`${name}Sync`, promisified(name)]),
  ),
  zstdCompressSync: 'Use `zlib.zstdCompress` (promisified) or a stream.',
  zstdDecompressSync: 'Use `zlib.zstdDecompress` (promisified) or a stream.',
};

/** bcrypt and bcryptjs: the same object's async member, with the same arguments. */
const BCRYPT_SYNC: Record<string, BlockingCall> = {
  hashSync: { from: 'member', name: 'hash' },
  compareSync: { from: 'member', name: 'compare' },
  genSaltSync: { from: 'member', name: 'genSalt' },
};

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
const fsBlocking = merged(blockingFunctions('fs', FS_SYNC), blockingFunctions('fs', FS_READ_SYNC, true));

export const nodeFs: LibrarySpec = {
  id: 'fs',
  displayName: 'fs',
  target: 'the file system',
  modules: ['fs', 'node:fs', 'fs-extra', 'graceful-fs', 'fs/promises', 'node:fs/promises'],
  exports: {
    ...fsBlocking.exports,
    ...exportsOfKind(FS_READ, 'fs.read-file'),
    // `import { promises as fs } from 'fs'`, `fs.promises.readFile(...)`.
    promises: { namespace: true },
    default: { namespace: true },
    '*': { namespace: true },
  },
  types: { ...fsBlocking.types, ...typesOfKind(FS_READ, 'fs.read-file') },
  typingsPaths: ['/node_modules/@types/node/fs.d.ts', '/node_modules/@types/node/fs/promises.d.ts', '/node_modules/@types/fs-extra/'],
  kinds: {
    ...fsBlocking.kinds,
    'fs.read-file': { call: { op: 'file-read', readsFile: true } },
  },
  batchAdvice: '',
};

const childProcessBlocking = blockingFunctions('child_process', CHILD_PROCESS_SYNC);

export const nodeChildProcess: LibrarySpec = {
  id: 'child_process',
  displayName: 'node:child_process',
  target: 'a child process',
  modules: ['child_process', 'node:child_process'],
  exports: { ...childProcessBlocking.exports, default: { namespace: true }, '*': { namespace: true } },
  types: childProcessBlocking.types,
  typingsPaths: ['/node_modules/@types/node/child_process.d.ts'],
  kinds: childProcessBlocking.kinds,
  batchAdvice: '',
};

const cryptoBlocking = blockingFunctions('crypto', CRYPTO_SYNC);

export const nodeCrypto: LibrarySpec = {
  id: 'crypto',
  displayName: 'node:crypto',
  target: 'the CPU',
  modules: ['crypto', 'node:crypto'],
  exports: { ...cryptoBlocking.exports, default: { namespace: true }, '*': { namespace: true } },
  types: cryptoBlocking.types,
  typingsPaths: ['/node_modules/@types/node/crypto.d.ts'],
  kinds: cryptoBlocking.kinds,
  batchAdvice: '',
};

const zlibBlocking = blockingFunctions('zlib', ZLIB_SYNC);

export const nodeZlib: LibrarySpec = {
  id: 'zlib',
  displayName: 'node:zlib',
  target: 'the CPU',
  modules: ['zlib', 'node:zlib'],
  exports: { ...zlibBlocking.exports, default: { namespace: true }, '*': { namespace: true } },
  types: zlibBlocking.types,
  typingsPaths: ['/node_modules/@types/node/zlib.d.ts'],
  kinds: zlibBlocking.kinds,
  batchAdvice: '',
};

const bcryptBlocking = blockingFunctions('bcrypt', BCRYPT_SYNC);

/** bcrypt and bcryptjs: the `*Sync` forms hash on the event loop (tens to hundreds of ms per call). */
export const bcrypt: LibrarySpec = {
  id: 'bcrypt',
  displayName: 'bcrypt',
  target: 'the CPU',
  modules: ['bcrypt', 'bcryptjs'],
  exports: { ...bcryptBlocking.exports, default: { namespace: true }, '*': { namespace: true } },
  types: bcryptBlocking.types,
  typingsPaths: ['/node_modules/@types/bcrypt/', '/node_modules/bcryptjs/'],
  kinds: bcryptBlocking.kinds,
  batchAdvice: '',
};
