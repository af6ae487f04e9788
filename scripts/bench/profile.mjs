// Summarises a .cpuprofile of the hotpath CLI (`node --cpu-prof bin/hotpath.js scan ...`): where the
// time goes, by area (program creation, binder, checker, ts-morph, hotpath's own code), by source
// module and by function. Positions in the bundle (dist/cli.js) are mapped back through its source map;
// positions inside the bundled TypeScript are placed in its compiler modules by the
// `// src/compiler/<module>.ts` section comments TypeScript's own bundle carries.
//
//   node scripts/bench/profile.mjs <file.cpuprofile> [--top 20]
import { readFileSync, statSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

const { positionals, values } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '20' } } });
if (positionals.length !== 1) {
  console.error('usage: node scripts/bench/profile.mjs <file.cpuprofile> [--top 20]');
  process.exit(2);
}
const top = Number(values.top);
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));
const profiledAt = statSync(positionals[0]).mtimeMs;

// ------------------------------------------------------------------ locations

const sourceMaps = new Map();
function sourceMapOf(url) {
  if (!sourceMaps.has(url)) {
    let map;
    try {
      const mapFile = `${fileURLToPath(url)}.map`;
      // Positions only map right with the build that was profiled.
      if (statSync(mapFile).mtimeMs > profiledAt) console.error(`warning: ${mapFile} is newer than the profile: rebuilt since? functions will be misnamed`);
      map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
    } catch {
      map = undefined;
    }
    sourceMaps.set(url, map);
  }
  return sourceMaps.get(url);
}

/** Start lines of each `// src/compiler/x.ts` section of a bundled typescript.js. */
const tsSections = new Map();
function tsSectionsOf(file) {
  if (!tsSections.has(file)) {
    const sections = [];
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        const match = /^\/\/ (src\/[\w/.-]+\.ts)$/.exec(line);
        if (match) sections.push({ line: index, module: match[1] });
      });
    tsSections.set(file, sections);
  }
  return tsSections.get(file);
}

/** The original module of a profile node: "src/core/resolve.ts", "typescript src/compiler/checker.ts", "ts-morph"... */
function moduleOf(callFrame) {
  const { url, lineNumber, columnNumber } = callFrame;
  if (!url) return `(${callFrame.functionName || 'native'})`;
  if (url.startsWith('node:')) return '(node internals)';
  let file = url.startsWith('file:') ? fileURLToPath(url) : url;
  let line = lineNumber;
  const entry = url.startsWith('file:') ? sourceMapOf(url)?.findEntry(lineNumber, columnNumber) : undefined;
  if (entry?.originalSource) {
    file = resolve(dirname(fileURLToPath(url)), entry.originalSource.replace(/^file:\/\//, ''));
    line = entry.originalLine;
  }
  const rel = relative(REPO, file).split('\\').join('/');
  if (/typescript\/lib\/typescript\.js$|@ts-morph\/common\/dist\/typescript\.js$/.test(rel)) {
    const section = tsSectionsOf(file).filter((s) => s.line <= line).at(-1);
    return `typescript ${section?.module ?? '(preamble)'}`;
  }
  if (rel.includes('ts-morph')) return 'ts-morph';
  // esbuild's interop getter (`get: () => from[key]`): every `ts.x` of a module that imports `ts` from
  // ts-morph (a CommonJS package) reads the namespace through it.
  if (!entry?.originalSource && callFrame.functionName === 'get') return 'esbuild interop getter (ts-morph exports)';
  if (rel.startsWith('node_modules/')) return rel.split('/').slice(0, rel.startsWith('node_modules/@') ? 3 : 2).join('/');
  return rel;
}

// ------------------------------------------------------------------ areas

const ownCode = (module) => module.startsWith('src/') || module.startsWith('rules/');

/** The area a frame's module belongs to, or undefined for helpers that take their caller's area. */
function areaOfModule(module) {
  if (module === '(garbage collector)') return 'garbage collection';
  if (module === '(program)' || module === '(idle)') return 'V8 / runtime (compile, idle)';
  if (module.endsWith('/binder.ts')) return 'binder';
  if (module.endsWith('/checker.ts')) return 'checker';
  if (/\/(parser|scanner)\.ts$/.test(module)) return 'parsing (program creation)';
  if (/\/(program|moduleNameResolver|moduleSpecifiers|sys|watch|commandLineParser)\.ts$/.test(module)) return 'program creation (module resolution, reading files, options)';
  if (module === 'ts-morph') return 'ts-morph wrapping';
  if (module.startsWith('esbuild interop')) return 'esbuild interop getters (`ts.` through ts-morph)';
  if (ownCode(module)) return module.startsWith('rules/') ? 'hotpath rules (own code)' : 'hotpath engine (own code)';
  return undefined;
}

// ------------------------------------------------------------------ aggregation

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const moduleCache = new Map();
const moduleOfNode = (id) => {
  if (!moduleCache.has(id)) moduleCache.set(id, moduleOfFrame(nodes.get(id).callFrame));
  return moduleCache.get(id);
};
const moduleOfFrame = (callFrame) => (['(garbage collector)', '(program)', '(idle)', '(root)'].includes(callFrame.functionName) ? callFrame.functionName : moduleOf(callFrame));

/** The nearest hotpath function above a frame: who asked the function that asked TypeScript. */
function ownCallerOf(id) {
  for (let at = parent.get(id); at !== undefined; at = parent.get(at)) {
    if (ownCode(moduleOfNode(at))) return nodes.get(at).callFrame.functionName || '(anonymous)';
  }
  return '(none)';
}

const selfByNode = new Map();
profile.samples.forEach((id, i) => selfByNode.set(id, (selfByNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));

const byArea = new Map();
const byModule = new Map();
const byFunction = new Map();
const byCaller = new Map();
const byCallerFunction = new Map();
const inclusive = new Map();
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
let total = 0;
for (const [id, ms] of selfByNode) {
  if (moduleOfNode(id) === '(idle)') continue;
  total += ms;
  const { callFrame } = nodes.get(id);
  add(byModule, moduleOfNode(id), ms);
  add(byFunction, `${callFrame.functionName || '(anonymous)'}  [${moduleOfNode(id)}]`, ms);
  // Area: the nearest frame (from the leaf up) whose module has one; checker time is split by whether
  // hotpath's code asked for it (type queries) or the program did (creating the checker).
  let area;
  let caller;
  let callerFunction;
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const module = moduleOfNode(at);
    area ??= areaOfModule(module);
    if (ownCode(module)) {
      caller = module;
      callerFunction = `${nodes.get(at).callFrame.functionName || '(anonymous)'} ← ${ownCallerOf(at)}  [${module}]`;
      break;
    }
  }
  area ??= 'other (node internals, TypeScript utilities)';
  // Inclusive: each hotpath module on the stack, once per sample.
  const onStack = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) if (ownCode(moduleOfNode(at))) onStack.add(moduleOfNode(at));
  for (const module of onStack) add(inclusive, module, ms);
  if (area === 'checker') area = caller ? 'checker: type queries asked by hotpath' : 'checker: creation (initializeTypeChecker)';
  add(byArea, area, ms);
  if (caller && !ownCode(moduleOfNode(id))) {
    add(byCaller, caller, ms);
    add(byCallerFunction, callerFunction, ms);
  }
}

const table = (title, map, limit, column = 'self time') => {
  const rows = [...map].sort((a, b) => b[1] - a[1]).slice(0, limit);
  console.log(`\n| ${title} | ${column} | share |\n|---|---:|---:|`);
  for (const [key, ms] of rows) console.log(`| ${key.replace(/\|/g, '\\|')} | ${(ms / 1000).toFixed(1)} s | ${((ms / total) * 100).toFixed(1)}% |`);
};

console.log(`Profile ${positionals[0]}: ${(total / 1000).toFixed(1)} s of samples (idle excluded).`);
table('area', byArea, 20);
table('module', byModule, top);
table('function [module]', byFunction, top);
table('hotpath module (time in it and in everything it calls)', inclusive, top, 'inclusive time');
table('hotpath module whose calls into TypeScript / ts-morph / node took the time', byCaller, top);
table('hotpath function (← its hotpath caller) whose calls into TypeScript / ts-morph / node took the time', byCallerFunction, top);
