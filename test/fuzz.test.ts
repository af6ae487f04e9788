import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ts } from 'ts-morph';
import { DEFAULT_CONFIG } from '../src/core/config';
import type { ScanResult } from '../src/core/engine';
import { analyzeFiles, scan } from '../src/core/engine';
import { admitSourceFile, loadProject } from '../src/core/project';
import { FIXTURES, sourceFilesUnder } from './helpers/fixtures';

/**
 * Seeded fuzzing: real fixture files truncated, garbled and spliced, analysed with every rule. The
 * engine must never throw, no rule may fail, and no file may hang. CI runs a few thousand cases;
 * `npm run fuzz` runs many more (HOTPATH_FUZZ_CASES, HOTPATH_FUZZ_SEED pick the run, to replay one).
 */
const CASES = Number(process.env.HOTPATH_FUZZ_CASES ?? 2_000);
const SEED = Number(process.env.HOTPATH_FUZZ_SEED ?? 20_261_128);
const CASES_PER_PROGRAM = 500;
/** A file slower than this hangs, as far as the test is concerned (CI machines are slow and shared). */
const HANG_MS = 20_000;

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;
const below = (rng: Random, n: number) => Math.floor(rng() * n);
const pick = <T>(rng: Random, items: readonly T[]): T => items[below(rng, items.length)];

/** Pieces of code that change a file's shape: loops, awaits, handlers, unclosed constructs, odd characters. */
const SNIPPETS = [
  'for (const item of items) {\n', '}\n', '{', '}', '(', ')', '[', ']', 'await ', 'async () => {\n', 'return ',
  'while (true) {\n', 'items.map(async (x) => ', '.then((r) => r)', 'export default ', 'new PrismaClient()',
  'import { x } from "./missing";\n', 'const { a, ...rest } = ', '/*', '*/', '//', '`${', '"', "'", '\\', '\u0000',
  '\uFFFD', '\u2028', '\uFEFF', '𝔘', '@Get()\n', 'class C extends ', 'function* g() { yield* ', '<div>{', '</div>',
  '// hotpath-disable-next-line query-in-loop\n', 'as unknown as ', '?.', '!', '=>', ';', ',', '...', 'satisfies ',
];

function garble(rng: Random, text: string): string {
  let out = text;
  for (let edits = 1 + below(rng, 6); edits > 0; edits--) {
    const at = below(rng, out.length + 1);
    switch (below(rng, 4)) {
      case 0:
        out = out.slice(0, at) + out.slice(at + 1 + below(rng, 40));
        break;
      case 1:
        out = out.slice(0, at) + pick(rng, SNIPPETS) + out.slice(at);
        break;
      case 2: {
        const length = 1 + below(rng, 200);
        out = out.slice(0, at) + out.slice(at, at + length) + out.slice(at);
        break;
      }
      default:
        out = out.slice(0, at) + String.fromCharCode(below(rng, 0x3000)) + out.slice(at + 1);
    }
  }
  return out;
}

/** Whole lines removed, repeated or swapped: often still valid code, so the rules get to run. */
function shuffleLines(rng: Random, text: string): string {
  const lines = text.split('\n');
  for (let edits = 1 + below(rng, 4); edits > 0 && lines.length > 1; edits--) {
    const a = below(rng, lines.length);
    const b = below(rng, lines.length);
    switch (below(rng, 3)) {
      case 0:
        lines.splice(a, 1);
        break;
      case 1:
        lines.splice(a, 0, lines[b]);
        break;
      default:
        [lines[a], lines[b]] = [lines[b], lines[a]];
    }
  }
  return lines.join('\n');
}

/** One name put in place of another: the code still parses but means something else. */
function swapNames(rng: Random, text: string): string {
  const names = [...text.matchAll(/\b[A-Za-z_$][\w$]*\b/g)];
  if (names.length < 2) return text;
  let out = text;
  for (let edits = 1 + below(rng, 4); edits > 0; edits--) {
    const target = pick(rng, names);
    const replacement = pick(rng, names)[0];
    const at = target.index!;
    if (out.slice(at, at + target[0].length) === target[0]) out = out.slice(0, at) + replacement + out.slice(at + target[0].length);
  }
  return out;
}

/** Most mutants of most kinds do not parse; some are kept only if they do, so the rules get to run. */
function mutant(rng: Random, text: string, other: string, extension: string): string {
  const wantsValid = rng() < 0.6;
  let result = mutate(rng, text, other);
  for (let attempt = 0; wantsValid && attempt < 8 && !parses(result, extension); attempt++) result = mutate(rng, text, other);
  return result;
}

function parses(text: string, extension: string): boolean {
  const sourceFile = ts.createSourceFile(`mutant${extension}`, text, ts.ScriptTarget.Latest);
  return (sourceFile as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length === 0;
}

function mutate(rng: Random, text: string, other: string): string {
  switch (below(rng, 6)) {
    case 5:
      return swapNames(rng, text);
    case 0:
      return text.slice(0, below(rng, text.length + 1));
    case 1:
      return garble(rng, text);
    case 2:
      return text.slice(0, below(rng, text.length + 1)) + other.slice(below(rng, other.length + 1));
    case 3:
      return shuffleLines(rng, text);
    default:
      return shuffleLines(rng, garble(rng, text));
  }
}

/** Fixture projects: folders with a tsconfig.json, outside node_modules. */
function fixtureProjects(): string[] {
  const projects: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      // Hidden folders are other tests' scratch copies, here one moment and gone the next.
      if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (fs.existsSync(path.join(full, 'tsconfig.json'))) projects.push(full);
      else walk(full);
    }
  };
  walk(FIXTURES);
  return projects.sort();
}

interface Outcome {
  analysed: number;
  skipped: number;
  slowest: { file: string; ms: number };
  failures: string[];
}

/** One program: a fixture project plus `count` mutants of its files (and of others, spliced in). */
function fuzzProgram(rng: Random, root: string, corpus: ReadonlyMap<string, string>, count: number, label: string): Outcome {
  const loaded = loadProject({ root, tests: true });
  const originals = loaded.files.filter((file) => corpus.has(file));
  const everything = [...corpus.keys()];
  const cases: string[] = [];
  const texts = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const source = pick(rng, originals.length > 0 ? originals : everything);
    const text = mutant(rng, corpus.get(source)!, corpus.get(pick(rng, everything))!, path.extname(source));
    const file = path.join(path.dirname(source), `fuzz-${label}-${i}${path.extname(source)}`);
    texts.set(file, text);
    const refused = admitSourceFile(loaded.project, loaded.refused, file, text);
    if (refused) loaded.skipped.push({ file, reason: refused });
    else cases.push(file);
  }
  // Program and checker first: their cost is the project's, not the first mutant's.
  loaded.project.getProgram().compilerObject.getTypeChecker();
  let last = performance.now();
  const slowest = { file: '', ms: 0 };
  const result = analyzeFiles(
    { ...loaded, files: cases },
    {
      root,
      config: DEFAULT_CONFIG,
      limits: { fileTimeoutMs: 0, scanTimeoutMs: 0 },
      onProgress: (_done, _total, file) => {
        const now = performance.now();
        if (now - last > slowest.ms) Object.assign(slowest, { file, ms: now - last });
        last = now;
      },
    },
  );
  return {
    analysed: result.stats.files,
    skipped: result.skipped.length,
    slowest,
    failures: result.failures.map((f) => `${f.ruleId} on a mutant of ${path.relative(FIXTURES, f.file)} (replay: HOTPATH_FUZZ_SEED=${SEED}): ${f.error.split('\n').slice(0, 4).join(' | ')}\n--- text ---\n${texts.get(f.file)}`),
  };
}

describe('fuzz: mutated fixture files', function () {
  this.timeout(600_000);

  it(`${CASES} seeded cases (seed ${SEED}): no exception, no rule failure, no hang`, () => {
    const rng = random(SEED);
    const projects = fixtureProjects();
    const corpus = new Map(projects.flatMap((project) => sourceFilesUnder(project)).map((file) => [file, fs.readFileSync(file, 'utf8')]));
    let analysed = 0;
    let skipped = 0;
    const failures: string[] = [];
    for (let done = 0, batch = 0; done < CASES; done += CASES_PER_PROGRAM, batch++) {
      const project = pick(rng, projects);
      const started = performance.now();
      const outcome = fuzzProgram(rng, project, corpus, Math.min(CASES_PER_PROGRAM, CASES - done), `${SEED}-${batch}`);
      if (process.env.HOTPATH_FUZZ_VERBOSE) {
        const slowest = `${path.relative(FIXTURES, outcome.slowest.file)} ${Math.round(outcome.slowest.ms)} ms`;
        console.log(`      batch ${batch} on ${path.relative(FIXTURES, project)}: ${Math.round(performance.now() - started)} ms, slowest ${slowest}`);
      }
      analysed += outcome.analysed;
      skipped += outcome.skipped;
      failures.push(...outcome.failures);
      assert.ok(outcome.slowest.ms < HANG_MS, `${outcome.slowest.file} took ${Math.round(outcome.slowest.ms)} ms`);
    }
    assert.deepEqual(failures, []);
    // Mutants that still parse are what reach the rules: the fuzzing means little without enough of them.
    assert.ok(analysed > CASES / 4, `only ${analysed} of ${CASES} mutants parsed (${skipped} skipped)`);
    if (process.env.HOTPATH_FUZZ_VERBOSE) console.log(`      ${analysed} mutants analysed, ${skipped} skipped`);
  });
});

/** Real repositories checked out on this machine (not in CI). */
const REAL_REPOSITORIES = ['/work/real-repos', '/work/real-repos-extra'].flatMap((folder) =>
  fs.existsSync(folder) ? fs.readdirSync(folder).map((name) => path.join(folder, name)).filter((repo) => fs.statSync(repo).isDirectory()) : [],
);

function assertNoCrash(result: ScanResult): void {
  assert.deepEqual(
    result.failures.map((f) => `${f.ruleId} on ${path.relative(result.root, f.file)}: ${f.error.split('\n').slice(0, 3).join(' | ')}`),
    [],
  );
  assert.ok(!result.notices.some((notice) => notice.startsWith('the program could not be built')), result.notices.join('\n'));
}

describe('crash test: the engine over every file at hand', function () {
  this.timeout(1_800_000);

  it('every file of the fixture projects, test files included: zero crashes', () => {
    const result = scan({ root: FIXTURES, config: { ...DEFAULT_CONFIG, tests: true } });
    assertNoCrash(result);
    assert.ok(result.stats.files > 500, `${result.stats.files} files`);
  });

  for (const repo of REAL_REPOSITORIES) {
    it(`every file of ${path.basename(repo)} (a real repository, local only): zero crashes`, () => {
      assertNoCrash(scan({ root: repo, config: { ...DEFAULT_CONFIG, tests: true } }));
    });
  }
});
