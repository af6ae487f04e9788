// The files hotpath analyses in a folder and the compiler options it builds its program with, so the
// baselines (TypeScript's program, ESLint) run over the same set. Mirrors src/core/project.ts: the
// root tsconfig.json and its project references when there is one, otherwise every source file outside
// node_modules, dist, build and hidden folders; test files left out. The bench prints each tool's file
// count so a difference would show.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import ts from 'typescript';

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const EXCLUDED_DIRECTORIES = new Set(['node_modules', 'dist', 'build', '.git']);
/** Same globs as TEST_FILE_GLOBS in src/core/project.ts. */
const TEST_FILE_GLOBS = [
  '**/*.{test,spec}.*',
  '**/*.e2e-spec.*',
  '**/*.e2e.*',
  '**/*.{integration,int-test,itest}.*',
  '**/{test,tests}.{js,cjs,mjs,ts,cts,mts,jsx,tsx}',
  '**/{__tests__,__mocks__,test,tests,e2e,cypress,testSupport,test-support,test-utils,testUtils}/**',
  '**/test-setup.*',
];
const FOLDER_OPTIONS = {
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

/** { files, options, tsconfig }: tsconfig is the root tsconfig.json when it defined the files. */
export function projectFiles(root) {
  root = resolve(root);
  const fromConfig = readTsconfig(root);
  const candidates = fromConfig?.files.length ? fromConfig.files : walk(root);
  const files = candidates.filter((file) => isSelected(root, file));
  return fromConfig?.files.length
    ? { files, options: { ...fromConfig.options, allowJs: true, noEmit: true, skipLibCheck: true }, tsconfig: join(root, 'tsconfig.json'), references: fromConfig.configs.length > 1 }
    : { files, options: { ...sharedPaths(root), ...FOLDER_OPTIONS }, tsconfig: undefined, references: false };
}

export function countLines(files) {
  let lines = 0;
  for (const file of files) lines += ts.sys.readFile(file)?.split('\n').length ?? 0;
  return lines;
}

function readTsconfig(root) {
  const rootConfig = join(root, 'tsconfig.json');
  if (!existsSync(rootConfig)) return undefined;
  const files = new Set();
  const configs = [];
  let options;
  let rootOptions;
  const visit = (configPath, depth) => {
    if (configs.includes(configPath) || depth > 8) return true;
    configs.push(configPath);
    const diagnostics = [];
    let parsed;
    try {
      parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => diagnostics.push(d) });
    } catch {
      return false;
    }
    if (!parsed || [...diagnostics, ...parsed.errors].some(isFatal)) return false;
    rootOptions ??= parsed.options;
    if (!options && parsed.fileNames.length > 0) options = parsed.options;
    for (const file of parsed.fileNames) if (isSource(file)) files.add(resolve(file));
    for (const reference of parsed.projectReferences ?? []) {
      const referenced = ts.resolveProjectReferencePath(reference);
      if (existsSync(referenced) && !visit(resolve(referenced), depth + 1)) return false;
    }
    return true;
  };
  if (!visit(rootConfig, 0)) return undefined;
  return { files: [...files], options: options ?? rootOptions ?? {}, configs };
}

/** As in src/core/project.ts: an unreadable config or a broken `extends` makes hotpath scan the folder. */
function isFatal({ code }) {
  return code === undefined || code === 5083 || code === 6053 || code === 18001 || (code >= 1000 && code < 2000);
}

/** A monorepo's tsconfig.base.json or a jsconfig.json holds the import aliases. */
function sharedPaths(root) {
  for (const name of ['tsconfig.base.json', 'jsconfig.json']) {
    const file = join(root, name);
    if (!existsSync(file)) continue;
    const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
    if (error || !config) continue;
    const parsed = ts.parseJsonConfigFileContent({ ...config, files: [], include: [] }, ts.sys, root, undefined, file);
    const { paths, baseUrl, pathsBasePath, jsx, experimentalDecorators } = parsed.options;
    return { paths, baseUrl, pathsBasePath, jsx, experimentalDecorators };
  }
  return {};
}

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!EXCLUDED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) walk(join(dir, entry.name), out);
    } else if (entry.isFile() && isSource(entry.name)) out.push(join(dir, entry.name));
  }
  return out;
}

function isSource(file) {
  return !/\.d\.[cm]?ts$/.test(file) && !/\.min\.[cm]?js$/.test(file) && SOURCE_EXTENSIONS.includes(extname(file));
}

function isSelected(root, file) {
  const rel = relative(root, file).split(sep).join('/');
  if (rel.startsWith('../') || rel.split('/').some((segment) => EXCLUDED_DIRECTORIES.has(segment))) return false;
  if (!isSource(file) || statSync(file).size > 1_000_000) return false;
  return !TEST_FILE_GLOBS.some((glob) => minimatch(rel, glob, { dot: true }));
}
