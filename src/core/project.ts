import * as fs from 'node:fs';
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import { Project, ts } from 'ts-morph';
import { walkFiles } from './files';
import type { SkippedFile } from './findings';

export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** Folders never analysed: dependencies and build output. */
export const ALWAYS_EXCLUDED_DIRECTORIES = new Set(['node_modules', 'dist', 'build', '.git']);
/** Larger files are skipped with a notice: generated bundles, not code anyone edits. */
export const MAX_FILE_BYTES = 1_000_000;

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
  const project = new Project({ compilerOptions: options, skipAddingFilesFromTsConfig: true });
  const files: string[] = [];
  for (const file of selected) {
    const problem = unreadableReason(file);
    if (problem) {
      skipped.push({ file, reason: problem });
      continue;
    }
    try {
      project.addSourceFileAtPath(file);
      files.push(file);
    } catch (error) {
      skipped.push({ file, reason: `could not be read: ${(error as Error).message}` });
    }
  }
  return { project, files, skipped, notices, tsconfigs: fromTsconfig?.configs ?? [] };
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
    const fatal = [...diagnostics, ...(parsed?.errors ?? [])].filter(isFatalConfigDiagnostic);
    if (!parsed || fatal.length > 0) {
      const message = fatal.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')).join('; ') || 'could not be parsed';
      notices.push(`${path.relative(root, configPath) || configPath}: ${message}; analysing the folder's files instead`);
      return false;
    }
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
  if (selection.include && selection.include.length > 0 && !selection.include.some((glob) => minimatch(relative, glob, { dot: true }))) {
    return false;
  }
  if (selection.exclude?.some((glob) => minimatch(relative, glob, { dot: true }))) return false;
  if (!selection.tests && isTestFile(relative)) return false;
  return true;
}

function unreadableReason(file: string): string | undefined {
  try {
    const stat = fs.statSync(file);
    if (stat.size > MAX_FILE_BYTES) return `larger than ${MAX_FILE_BYTES / 1_000_000} MB (generated or bundled code is not analysed)`;
  } catch (error) {
    return `could not be read: ${(error as Error).message}`;
  }
  return undefined;
}

/** Minified code: a few very long lines. Not code anyone maintains by hand. */
export function looksMinified(text: string): boolean {
  if (text.length < 20_000) return false;
  const lines = text.split('\n');
  return lines.length < 10 || text.length / lines.length > 500;
}

/** Whether a file (relative to the scanned root) is test code, by the same globs the file selection uses. */
export function isTestFile(relative: string): boolean {
  return TEST_FILE_GLOBS.some((glob) => minimatch(relative, glob, { dot: true }));
}
