// ESLint 9 baselines over the files hotpath analyses: the closest rules ESLint has to hotpath's,
// `no-await-in-loop` (core) and `n/no-sync` (eslint-plugin-n), parsed by @typescript-eslint/parser.
// - untyped: the parser alone, no type information;
// - typed: the same plus type information, and `@typescript-eslint/await-thenable` switched on, a rule
//   that asks the type checker about every `await`, so the program is really built and queried.
//   The project's own tsconfig.json through `projectService` when it defines the files; otherwise (a
//   real repository scanned folder-wide) a tsconfig written beside the config, listing the same files,
//   through `parserOptions.project`.
// The flat config is written into a temporary folder outside the project and passed with `-c`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './measure.mjs';

const ESLINT_BIN = fileURLToPath(new URL('../../node_modules/eslint/bin/eslint.js', import.meta.url));
const EXTENSIONS = '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}';

/** The config's imports are absolute: it lives outside the project and outside this repository. */
function configText({ typed, root, project }) {
  const parserOptions = !typed
    ? {}
    : project
      ? { project, tsconfigRootDir: root }
      : { projectService: true, tsconfigRootDir: root };
  const rules = { 'no-await-in-loop': 'warn', 'n/no-sync': 'warn', ...(typed ? { '@typescript-eslint/await-thenable': 'warn' } : {}) };
  // Without types, the parser's services are passed on without their node maps: eslint-plugin-n 18's
  // no-sync throws ("requires type information") on services that have node maps but no program, and
  // takes its untyped path when there are none. The parse itself is unchanged.
  const parser = typed ? 'tsParser' : `{
  meta: { name: 'typescript-eslint-parser-without-node-maps' },
  parseForESLint(code, options) {
    const parsed = tsParser.parseForESLint(code, options);
    return { ...parsed, services: { ...parsed.services, esTreeNodeToTSNodeMap: undefined, tsNodeToESTreeNodeMap: undefined } };
  },
}`;
  return `import tsParser from ${JSON.stringify(import.meta.resolve('@typescript-eslint/parser'))};
import tseslint from ${JSON.stringify(import.meta.resolve('typescript-eslint'))};
import n from ${JSON.stringify(import.meta.resolve('eslint-plugin-n'))};

const parser = ${parser};

export default [
  {
    files: [${JSON.stringify(EXTENSIONS)}],
    languageOptions: { parser, parserOptions: ${JSON.stringify(parserOptions)} },
    plugins: { n, '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: ${JSON.stringify(rules)},
  },
];
`;
}

/** A tsconfig listing exactly the files, on top of the project's own options when it has a tsconfig. */
function tsconfigFor(selection, folder) {
  const file = join(folder, 'tsconfig.bench.json');
  const base = selection.tsconfig ? { extends: selection.tsconfig } : { compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', jsx: 'preserve', experimentalDecorators: true, esModuleInterop: true } };
  const config = { ...base, compilerOptions: { ...base.compilerOptions, allowJs: true, noEmit: true, skipLibCheck: true }, files: selection.files, include: [] };
  writeFileSync(file, JSON.stringify(config));
  return file;
}

/**
 * Lints the files; resolves to the measurement plus { files, problems, parseErrors } from ESLint's
 * JSON report (parse errors are files ESLint could not lint: shown so the comparison stays honest).
 */
export async function runEslint(root, selection, { typed, timeoutMs }) {
  const folder = mkdtempSync(join(tmpdir(), 'hotpath-bench-eslint-'));
  try {
    const useProjectService = selection.tsconfig !== undefined && !selection.references;
    const project = typed && !useProjectService ? tsconfigFor(selection, folder) : undefined;
    const config = join(folder, 'eslint.config.mjs');
    writeFileSync(config, configText({ typed, root, project }));
    const report = join(folder, 'report.json');
    const run = await measure(
      process.execPath,
      [ESLINT_BIN, '-c', config, '--no-warn-ignored', '-f', 'json', '-o', report, ...selection.files],
      { cwd: root, timeoutMs },
    );
    if (run.timedOut) return run;
    if (run.code !== 0 && run.code !== 1) throw new Error(`eslint exited with ${run.code}: ${run.stderr.slice(0, 2000)}`);
    const results = JSON.parse(readFileSync(report, 'utf8'));
    const messages = results.flatMap((result) => result.messages);
    return {
      ...run,
      files: results.length,
      problems: messages.filter((message) => !message.fatal).length,
      parseErrors: messages.filter((message) => message.fatal).length,
      mode: typed ? (project ? 'parserOptions.project (generated tsconfig)' : 'parserOptions.projectService') : 'no type information',
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
