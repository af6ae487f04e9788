// The floor for any type-aware tool, run as a child process by the bench: TypeScript's createProgram
// over the files hotpath analyses (parsing, module resolution, reading the libraries' typings), then
// getTypeChecker(), which binds every file and merges the global symbols. No type check is run.
//
// With --callees, it then asks the checker the symbol of every call's callee in those files
// (`save` in `this.repo.save(x)`, `new Pool()`, a tagged template's tag): the call graph, the least
// a tool must ask to know what each call calls. Member callees need their receiver's type, so this
// is where inferred types (a query's rows, a handler's `req`) are first worked out.
//
//   node scripts/bench/tsc-floor.mjs <folder> [--callees]
//   prints { files, lines, programMs, binderMs[, calls, calleesMs] } as JSON
import ts from 'typescript';
import { countLines, projectFiles } from './project-files.mjs';

const root = process.argv[2];
const withCallees = process.argv.includes('--callees');
const { files, options } = projectFiles(root);
const started = performance.now();
const program = ts.createProgram({ rootNames: files, options });
const created = performance.now();
const checker = program.getTypeChecker();
const bound = performance.now();
const callees = withCallees ? askCallees() : undefined;
console.log(
  JSON.stringify({
    files: files.length,
    programFiles: program.getSourceFiles().length,
    lines: countLines(files),
    programMs: Math.round(created - started),
    binderMs: Math.round(bound - created),
    ...(callees ? { calls: callees.calls, calleesMs: Math.round(performance.now() - bound) } : {}),
  }),
);

function askCallees() {
  let calls = 0;
  const visit = (node) => {
    const callee = ts.isCallExpression(node) || ts.isNewExpression(node) ? node.expression : ts.isTaggedTemplateExpression(node) ? node.tag : undefined;
    if (callee) {
      calls++;
      checker.getSymbolAtLocation(ts.isPropertyAccessExpression(callee) ? callee.name : callee);
    }
    ts.forEachChild(node, visit);
  };
  for (const file of files) {
    const sourceFile = program.getSourceFile(file);
    if (sourceFile) visit(sourceFile);
  }
  return { calls };
}
