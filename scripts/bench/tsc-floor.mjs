// The floor for any type-aware tool, run as a child process by the bench: TypeScript's createProgram
// over the files hotpath analyses (parsing, module resolution, reading the libraries' typings), then
// getTypeChecker(), which binds every file and merges the global symbols. No type check is run.
//
//   node scripts/bench/tsc-floor.mjs <folder>    prints { files, lines, programMs, binderMs } as JSON
import ts from 'typescript';
import { countLines, projectFiles } from './project-files.mjs';

const root = process.argv[2];
const { files, options } = projectFiles(root);
const started = performance.now();
const program = ts.createProgram({ rootNames: files, options });
const created = performance.now();
program.getTypeChecker();
const bound = performance.now();
console.log(
  JSON.stringify({
    files: files.length,
    programFiles: program.getSourceFiles().length,
    lines: countLines(files),
    programMs: Math.round(created - started),
    binderMs: Math.round(bound - created),
  }),
);
