import * as fs from 'node:fs';
import * as path from 'node:path';
import { Minimatch } from 'minimatch';
import type { FileSystemHost } from 'ts-morph';
import { Project } from 'ts-morph';
import { ts } from './ts';
import { walkFiles } from './files';
import type { SkippedFile } from './findings';

export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** Folders never analysed: dependencies and build output. */
export const ALWAYS_EXCLUDED_DIRECTORIES = new Set(['node_modules', 'dist', 'build', '.git']);
/** Larger files are skipped with a notice: generated bundles, not code anyone edits. */
export const MAX_FILE_BYTES = 1_000_000;
/**
 * Deeper syntax trees are skipped: the compiler's parser and binder recurse once per level and would
 * overflow the stack (around 1,000 levels), taking the whole scan down. Hand-written code stays far
 * below: the deepest file of the real repositories we test on has 67 levels.
 */
export const MAX_NESTING_DEPTH = 500;

/** Test code does not run in production: it is not analysed unless hotpath.json says `"tests": true`. */
export const TEST_FILE_GLOBS = [
  '**/*.{test,spec}.*',
  '**/*.e2e-spec.*',
  '**/*.e2e.*',
  '**/*.{integration,int-test,itest}.*',
  '**/{test,tests}.{js,cjs,mjs,ts,cts,mts,jsx,tsx}',
  '**/{__tests__,__mocks__,test,tests,e2e,cypress,testSupport,test-support,test-utils,testUtils}/**',
  '**/test-setup.*',
];

export interface ProjectSelection {
  /** The folder findings are reported relative to. */
  root: string;
  /** Files or folders to analyse (absolute); the whole root when empty. */
  paths?: string[];
  include?: string[];
  exclude?: string[];
  /** Analyse test files too. */
  tests?: boolean;
  /** Files larger than this are skipped (MAX_FILE_BYTES by default). */
  maxFileBytes?: number;
}

export interface LoadedProject {
  project: Project;
  /** Files to analyse, absolute paths. */
  files: string[];
  skipped: SkippedFile[];
  /** Things the user should know about the set-up (a tsconfig that could not be used...). */
  notices: string[];
  /** The tsconfig files that defined the program, if any. */
  tsconfigs: string[];
  /** Files the compiler reads as empty modules: they cannot be analysed (see admitSourceFile). */
  refused: Set<string>;
}

/** Compiler options for a folder without a tsconfig: lenient, JavaScript included. */
const FOLDER_OPTIONS: ts.CompilerOptions = {
  allowJs: true,
  checkJs: false,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.Preserve,
  esModuleInterop: true,
  experimentalDecorators: true,
  resolveJsonModule: false,
  skipLibCheck: true,
  noEmit: true,
};

/**
 * Loads the program to analyse: from `<root>/tsconfig.json` (with `extends` and project references)
 * when there is one that parses, otherwise every source file of the folder.
 */
export function loadProject(selection: ProjectSelection): LoadedProject {
  const root = path.resolve(selection.root);
  const notices: string[] = [];
  const fromTsconfig = readTsconfigProgram(root, notices);
  const useTsconfig = fromTsconfig !== undefined && fromTsconfig.files.length > 0;
  const candidates = useTsconfig ? fromTsconfig.files : listSourceFiles(root);
  const options = useTsconfig
    ? { ...fromTsconfig.options, allowJs: true, noEmit: true, skipLibCheck: true }
    : { ...sharedConfigOptions(root), ...FOLDER_OPTIONS };

  const selected = candidates.filter((file) => isSelected(file, root, selection));
  const skipped: SkippedFile[] = [];
  const refused = new Set<string>();
  const project = new Project({ compilerOptions: options, skipAddingFilesFromTsConfig: true, fileSystem: guardedFileSystem(refused) });
  const files: string[] = [];
  const insideRoot = realPathChecker(root, selection.paths ?? []);
  for (const file of selected) {
    const problem = insideRoot(file) ?? unreadableReason(file, selection.maxFileBytes ?? MAX_FILE_BYTES);
    if (problem) {
      skipped.push({ file, reason: problem });
      continue;
    }
    const refusal = admitSourceFile(project, refused, file);
    if (refusal) skipped.push({ file, reason: refusal });
    else files.push(file);
  }
  return { project, files, skipped, notices, tsconfigs: fromTsconfig?.configs ?? [], refused };
}

/**
 * Adds a file to the project, from disk or with the editor's text, or says why it cannot be
 * analysed. A file nested too deeply is refused: the compiler then reads it as an empty module, also
 * when another file imports it, so its text never reaches the binder.
 */
export function admitSourceFile(project: Project, refused: Set<string>, file: string, text?: string): string | undefined {
  refused.delete(file);
  let depth: number;
  let minified: boolean;
  try {
    const sourceFile = text === undefined ? project.addSourceFileAtPath(file) : project.createSourceFile(file, text, { overwrite: true });
    minified = looksMinified(sourceFile.compilerNode.text);
    depth = nestingDepth(sourceFile.compilerNode);
  } catch (error) {
    if (!(error instanceof RangeError)) return `could not be read: ${(error as Error).message}`;
    // The parser itself ran out of stack.
    const source = text ?? readSourceText(file);
    minified = typeof source === 'string' && looksMinified(source);
    depth = Number.POSITIVE_INFINITY;
  }
  if (depth > MAX_NESTING_DEPTH) {
    refused.add(file);
    project.createSourceFile(file, '', { overwrite: true });
    return minified ? MINIFIED : `nested more than ${MAX_NESTING_DEPTH} levels deep (generated code is not analysed)`;
  }
  return minified ? MINIFIED : undefined;
}

export const MINIFIED = 'looks minified (generated code is not analysed)';

let diskFileSystem: FileSystemHost | undefined;

/**
 * The disk as the compiler sees it, with two differences: refused files read as empty, and files with
 * a UTF-16 byte order mark are decoded as the TypeScript compiler decodes them.
 */
function guardedFileSystem(refused: ReadonlySet<string>): FileSystemHost {
  // ts-morph does not export its disk file system; an empty project lends its own.
  const disk = (diskFileSystem ??= new Project({ skipAddingFilesFromTsConfig: true }).getFileSystem());
  const readFileSync = (file: string, encoding?: string): string => {
    if (refused.has(path.resolve(file))) return '';
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return disk.readFileSync(file, encoding); // Throws the error ts-morph expects for a missing file.
    }
    return decodeSourceText(bytes);
  };
  return new Proxy(disk, {
    get(target, key) {
      if (key === 'readFileSync') return readFileSync;
      if (key === 'readFile') return async (file: string, encoding?: string) => readFileSync(file, encoding);
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The depth of the syntax tree, walked without recursion. */
export function nestingDepth(sourceFile: ts.SourceFile): number {
  let deepest = 0;
  const pending: Array<[ts.Node, number]> = [[sourceFile, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_NESTING_DEPTH) return deepest;
    node.forEachChild((child) => {
      pending.push([child, depth + 1]);
    });
  }
  return deepest;
}

/** The file's text, or why it is not source text (for the editor's revert to the disk's text). */
export function readSourceText(file: string): string | { problem: string } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { problem: `could not be read: ${(error as Error).message}` };
  }
  return looksBinary(bytes) ? { problem: BINARY } : decodeSourceText(bytes);
}

const BINARY = 'binary content, not source text';

/** UTF-8 (with or without a byte order mark) and UTF-16 with one; bytes that are not UTF-8 become U+FFFD. */
function decodeSourceText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.toString('utf8');
}

/** A NUL byte or many control characters in the first 8 KB: how git tells binary files apart too. */
function looksBinary(bytes: Buffer): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false; // UTF-16
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > head.length / 10;
}

/**
 * Says why a file is not analysed when its real path lies outside the scanned folder: a symlink
 * pointing out of the workspace is not followed (the compiler's `include` would follow it).
 */
function realPathChecker(root: string, explicitPaths: readonly string[]): (file: string) => string | undefined {
  const realRoot = realPath(root);
  const allowed = [realRoot, ...explicitPaths.map((p) => realPath(path.resolve(p)))];
  return (file) => {
    const real = realPath(file);
    if (allowed.some((folder) => real === folder || isInside(folder, real))) return undefined;
    return 'a symlink to a file outside the scanned folder (not followed)';
  };
}

function realPath(file: string): string {
  try {
    return fs.realpathSync.native(file);
  } catch {
    return path.resolve(file);
  }
}

/** Whether `file` lies inside `folder` (both absolute). */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..' + path.sep) && relative !== '..' && !path.isAbsolute(relative);
}

/**
 * A monorepo without a root tsconfig.json (Nx, Turborepo) keeps its import aliases in
 * tsconfig.base.json; a JavaScript project in jsconfig.json. Their `paths` let imports resolve.
 */
function sharedConfigOptions(root: string): ts.CompilerOptions {
  for (const name of ['tsconfig.base.json', 'jsconfig.json']) {
    const file = path.join(root, name);
    if (!fs.existsSync(file)) continue;
    const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
    if (error || !config) continue;
    const parsed = ts.parseJsonConfigFileContent({ ...config, files: [], include: [] }, ts.sys, root, undefined, file);
    const { paths, baseUrl, pathsBasePath, jsx, experimentalDecorators } = parsed.options as ts.CompilerOptions & { pathsBasePath?: string };
    return { paths, baseUrl, pathsBasePath, jsx, experimentalDecorators } as ts.CompilerOptions;
  }
  return {};
}

interface TsconfigProgram {
  files: string[];
  options: ts.CompilerOptions;
  configs: string[];
}

function readTsconfigProgram(root: string, notices: string[]): TsconfigProgram | undefined {
  const rootConfig = path.join(root, 'tsconfig.json');
  if (!fs.existsSync(rootConfig)) return undefined;
  const files = new Set<string>();
  const configs: string[] = [];
  let options: ts.CompilerOptions | undefined;
  let rootOptions: ts.CompilerOptions | undefined;
  const visit = (configPath: string, depth: number): boolean => {
    if (configs.includes(configPath) || depth > 8) return true;
    configs.push(configPath);
    const diagnostics: ts.Diagnostic[] = [];
    const host: ts.ParseConfigFileHost = {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => diagnostics.push(diagnostic),
    };
    let parsed: ts.ParsedCommandLine | undefined;
    try {
      parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, host);
    } catch (error) {
      diagnostics.push({ messageText: (error as Error).message } as ts.Diagnostic);
    }
    const problems = [...diagnostics, ...(parsed?.errors ?? [])];
    const fatal = problems.filter(isFatalConfigDiagnostic);
    const name = path.relative(root, configPath) || configPath;
    if (!parsed || fatal.length > 0) {
      notices.push(`${name}: ${describeDiagnostics(fatal) || 'could not be parsed'}; analysing the folder's files instead`);
      return false;
    }
    const ignored = problems.filter((diagnostic) => NOTICED_CONFIG_CODES.has(diagnostic.code));
    if (ignored.length > 0) notices.push(`${name}: ${describeDiagnostics(ignored)}; ignored`);
    // The options of the first project that has files: a solution-style root has none of its own.
    rootOptions ??= parsed.options;
    if (!options && parsed.fileNames.length > 0) options = parsed.options;
    for (const file of parsed.fileNames) {
      if (isSourceFile(file)) files.add(path.resolve(file));
    }
    for (const reference of parsed.projectReferences ?? []) {
      const referenced = ts.resolveProjectReferencePath(reference);
      if (fs.existsSync(referenced) && !visit(path.resolve(referenced), depth + 1)) return false;
    }
    return true;
  };
  if (!visit(rootConfig, 0)) return undefined;
  return { files: [...files], options: options ?? rootOptions ?? {}, configs };
}

/** Unreadable or missing files (a broken `extends`) and JSON syntax errors; option warnings are not fatal. */
const FATAL_CONFIG_CODES = new Set([5083, 6053, 18001]);

/** Problems the compiler works around (an `extends` cycle, a value of the wrong type): worth a notice. */
const NOTICED_CONFIG_CODES = new Set([18000, 5024, 5092]);

function describeDiagnostics(diagnostics: readonly ts.Diagnostic[]): string {
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ').replace(/\.$/, '')).join('; ');
}

function isFatalConfigDiagnostic(diagnostic: ts.Diagnostic): boolean {
  const code = diagnostic.code;
  return FATAL_CONFIG_CODES.has(code) || (code >= 1000 && code < 2000) || code === undefined;
}

/** Every source file under `root`, outside dependency, build and hidden folders. */
export function listSourceFiles(root: string): string[] {
  return walkFiles(root, {
    enter: (name) => !ALWAYS_EXCLUDED_DIRECTORIES.has(name) && !name.startsWith('.'),
    keep: isSourceFile,
  });
}

function isSourceFile(file: string): boolean {
  if (/\.d\.[cm]?ts$/.test(file) || /\.min\.[cm]?js$/.test(file)) return false;
  return SOURCE_EXTENSIONS.includes(path.extname(file));
}

function isSelected(file: string, root: string, selection: ProjectSelection): boolean {
  const relative = path.relative(root, file).split(path.sep).join('/');
  if (relative.startsWith('../')) {
    // Project references may point outside the root; keep them only when asked for explicitly.
    if (!selection.paths?.some((p) => file.startsWith(path.resolve(p)))) return false;
  }
  if (relative.split('/').some((segment) => ALWAYS_EXCLUDED_DIRECTORIES.has(segment))) return false;
  if (!isSourceFile(file)) return false;
  if (selection.paths && selection.paths.length > 0) {
    const inside = selection.paths.some((p) => {
      const absolute = path.resolve(p);
      return file === absolute || file.startsWith(absolute + path.sep);
    });
    if (!inside) return false;
  }
  if (selection.include && selection.include.length > 0 && !selection.include.some((glob) => globMatcher(glob).match(relative))) {
    return false;
  }
  if (selection.exclude?.some((glob) => globMatcher(glob).match(relative))) return false;
  if (!selection.tests && isTestFile(relative)) return false;
  return true;
}

function unreadableReason(file: string, maxBytes: number): string | undefined {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return 'not a regular file';
    if (stat.size > maxBytes) return `larger than ${formatBytes(maxBytes)} (generated or bundled code is not analysed; see --max-file-size)`;
    if (looksBinary(readHead(file))) return BINARY;
  } catch (error) {
    return `could not be read: ${(error as Error).message}`;
  }
  return undefined;
}

function readHead(file: string): Buffer {
  const head = Buffer.alloc(8192);
  const handle = fs.openSync(file, 'r');
  try {
    return head.subarray(0, fs.readSync(handle, head, 0, head.length, 0));
  } finally {
    fs.closeSync(handle);
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${+(bytes / 1_000_000).toFixed(2)} MB`;
  if (bytes >= 1_000) return `${+(bytes / 1_000).toFixed(2)} KB`;
  return `${bytes} bytes`;
}

/** Minified code: a few very long lines. Not code anyone maintains by hand. */
export function looksMinified(text: string): boolean {
  if (text.length < 20_000) return false;
  const lines = text.split('\n');
  return lines.length < 10 || text.length / lines.length > 500;
}

/** Whether a file (relative to the scanned root) is test code, by the same globs the file selection uses. */
export function isTestFile(relative: string): boolean {
  return TEST_FILE_GLOBS.some((glob) => globMatcher(glob).match(relative));
}

const globMatchers = new Map<string, Minimatch>();

/** A glob compiled once: compiling it (to a regular expression) costs far more than matching a path. */
function globMatcher(glob: string): Minimatch {
  let matcher = globMatchers.get(glob);
  if (!matcher) {
    matcher = new Minimatch(glob, { dot: true });
    globMatchers.set(glob, matcher);
  }
  return matcher;
}
