import * as fs from 'node:fs';
import * as path from 'node:path';
import { ts } from './ts';
import { ALL_RULES } from '../../rules';
import type { HotpathConfig } from './config';
import { loadConfig } from './config';
import type { Finding, RuleFailure, Severity, SeveritySetting, SkippedFile } from './findings';
import { BUILTIN_LIBRARIES } from './libraries';
import type { LibrarySpec } from './libraries';
import type { PrismaModels } from './libraries/prisma-schema';
import { findPrismaClientOutputs, readPrismaModels } from './libraries/prisma-schema';
import { ListBounds } from './bounds';
import { CallSites, IdentifierIndex } from './call-sites';
import { ClientConstructions } from './clients';
import { RunContexts } from './run-contexts';
import { RequestEntries } from './frameworks';
import { readDrizzleRelations } from './drizzle-relations';
import { LibraryRegistry } from './libraries/registry';
import { ImplementationIndex } from './implementations';
import { IterationModel } from './iteration';
import { OperationClassifier } from './operations';
import type { LoadedProject } from './project';
import { isInside, isTestFile, loadProject, looksMinified, MAX_FILE_BYTES, MINIFIED } from './project';
import type { ResolutionStats } from './resolve';
import { Resolver } from './resolve';
import type { AnalysisModels, ReportDescriptor, Rule, RuleMeta } from './rule';
import { FunctionSummaries } from './summaries';
import { checkedFixes } from './fixes';
import { ConstantValues } from './constants';
import { Memoization } from './caches';
import { ReadEvents } from './reads';
import { parseSuppressions } from './suppressions';
import { lineAndColumn } from './syntax';

export interface ScanOptions {
  /** The folder findings are relative to; hotpath.json and tsconfig.json are looked up here. */
  root: string;
  /** Files or folders (absolute or relative to the current directory) to analyse; all of root when empty. */
  paths?: string[];
  /** hotpath.json to use instead of `<root>/hotpath.json`. */
  configFile?: string;
  /** A configuration already loaded (the language server keeps one per folder). */
  config?: HotpathConfig;
  /** Severity overrides that win over the configuration (`--rule id=severity`). */
  ruleOverrides?: Record<string, SeveritySetting>;
  /** The rules to run; every shipped rule by default. */
  rules?: readonly Rule[];
  /** Called after each analysed file. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Size and time limits; DEFAULT_LIMITS for those not given. */
  limits?: Partial<Limits>;
}

/** What one file and one scan may cost before hotpath gives up on them, with a notice. */
export interface Limits {
  /** Larger files are skipped. */
  maxFileBytes: number;
  /** A file whose rules take longer is skipped (checked between rules). 0: no limit. */
  fileTimeoutMs: number;
  /** Files left when the scan has taken longer are skipped. 0: no limit. */
  scanTimeoutMs: number;
}

/**
 * Far above normal: a file takes milliseconds, the first of a scan a few seconds (it pays for the
 * models every later file shares; umami's first takes under 5 s of CPU). The budgets catch runaways.
 */
export const DEFAULT_LIMITS: Limits = { maxFileBytes: MAX_FILE_BYTES, fileTimeoutMs: 60_000, scanTimeoutMs: 60 * 60_000 };

export interface ScanStats {
  files: number;
  lines: number;
  durationMs: number;
  resolution: ResolutionStats;
}

export interface ScanResult {
  root: string;
  findings: Finding[];
  skipped: SkippedFile[];
  failures: RuleFailure[];
  notices: string[];
  rules: RuleMeta[];
  stats: ScanStats;
}

/**
 * Scans a project: loads it, builds the shared models once, runs every enabled rule on every file.
 * Never prints and never throws for a bad file or a failing rule; throws ConfigError for bad config.
 */
export function scan(options: ScanOptions): ScanResult {
  const started = performance.now();
  const root = path.resolve(options.root);
  const config = options.config ?? loadConfig(root, options.configFile);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const loaded = loadProject({
    root,
    paths: options.paths?.map((p) => path.resolve(p)),
    include: config.include,
    exclude: config.exclude,
    tests: config.tests,
    maxFileBytes: limits.maxFileBytes,
  });
  const analysis = analyzeFiles(loaded, {
    root,
    config,
    ruleOverrides: options.ruleOverrides,
    rules: options.rules,
    onProgress: options.onProgress,
    limits,
    startedAt: started,
  });
  return { ...analysis, root, stats: { ...analysis.stats, durationMs: performance.now() - started } };
}

export interface AnalyzeOptions {
  root: string;
  config: HotpathConfig;
  ruleOverrides?: Record<string, SeveritySetting>;
  rules?: readonly Rule[];
  onProgress?: (done: number, total: number, file: string) => void;
  /** Checked before each file: a cancelled scan returns what it has. */
  isCancelled?: () => boolean;
  limits?: Partial<Limits>;
  /** When the scan started (performance.now()), for the scan's time budget; now by default. */
  startedAt?: number;
}

/** Rules that are on, with their severity and options. */
export interface EnabledRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

export function enabledRules(rules: readonly Rule[], config: HotpathConfig, overrides?: Record<string, SeveritySetting>): EnabledRule[] {
  const enabled: EnabledRule[] = [];
  for (const rule of rules) {
    const settings = effectiveSettings(rule, config, overrides);
    if (settings.severity !== 'off') enabled.push({ rule, severity: settings.severity, options: settings.options });
  }
  return enabled;
}

/** Runs the rules over the loaded project's files. */
export function analyzeFiles(loaded: LoadedProject, options: AnalyzeOptions): Omit<ScanResult, 'root'> {
  const started = options.startedAt ?? performance.now();
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const rules = options.rules ?? ALL_RULES;
  const enabled = enabledRules(rules, options.config, options.ruleOverrides);
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  const skipped = [...loaded.skipped];
  const notices = [...loaded.notices];
  const empty = (resolution: ResolutionStats) => ({ findings, skipped, failures, notices, rules: rules.map((rule) => rule.meta), stats: { files: 0, lines: 0, durationMs: 0, resolution } });
  let program: ts.Program;
  let models: AnalysisModels;
  try {
    program = loaded.project.getProgram().compilerObject;
    models = createModels(program, options.root, options.config);
  } catch (error) {
    // The compiler itself failed on the program (a bug or input it cannot take): nothing can be analysed.
    notices.push(`the program could not be built, no file was analysed: ${firstLine(error)}`);
    skipped.push(...loaded.files.map((file) => ({ file, reason: 'not analysed: the program could not be built' })));
    return empty({ byTypes: 0, byImports: 0 });
  }
  let lines = 0;
  let done = 0;
  let analysed = 0;
  for (const file of loaded.files) {
    if (options.isCancelled?.()) break;
    if (limits.scanTimeoutMs > 0 && performance.now() - started > limits.scanTimeoutMs) {
      const left = loaded.files.slice(done);
      notices.push(`the scan took longer than its time budget of ${seconds(limits.scanTimeoutMs)} (--scan-timeout): ${left.length} file${left.length === 1 ? ' was' : 's were'} not analysed`);
      skipped.push(...left.map((rest) => ({ file: rest, reason: 'not analysed: the scan ran out of time' })));
      break;
    }
    done++;
    const result = analyzeSourceFile(program, file, models, enabled, options.root, limits);
    if (result.skipped) skipped.push({ file, reason: result.skipped });
    else {
      analysed++;
      lines += result.lines;
      findings.push(...result.findings);
    }
    failures.push(...result.failures);
    options.onProgress?.(done, loaded.files.length, file);
  }
  findings.sort(compareFindings);
  return {
    findings,
    skipped,
    failures,
    notices,
    rules: rules.map((rule) => rule.meta),
    stats: { files: analysed, lines, durationMs: 0, resolution: models.resolver.stats },
  };
}

/**
 * Whether the work since `started` went over `budgetMs`, in wall time and in CPU time both: CPU time
 * so that a busy machine does not make files time out, and the wall clock first because it is cheap
 * to read, where the CPU time costs a system call per rule and file.
 */
function overBudget(started: { cpu: NodeJS.CpuUsage; wall: number }, budgetMs: number): boolean {
  return performance.now() - started.wall > budgetMs && cpuMilliseconds(started.cpu) > budgetMs;
}

function cpuMilliseconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${+(ms / 1000).toFixed(1)} s`;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0];
}

export interface FileAnalysis {
  findings: Finding[];
  failures: RuleFailure[];
  /** Why the file was not analysed, if it was not. */
  skipped?: string;
  lines: number;
}

/**
 * Runs the enabled rules on one file; a rule that throws loses only its own findings. A file whose
 * rules run over the time budget is skipped (the budget is checked between rules: a rule is not
 * interrupted). The budget counts CPU time, so that a busy machine does not make files time out.
 */
export function analyzeSourceFile(
  program: ts.Program,
  file: string,
  models: AnalysisModels,
  enabled: readonly EnabledRule[],
  root: string,
  limits: Pick<Limits, 'fileTimeoutMs'> = DEFAULT_LIMITS,
): FileAnalysis {
  const started = { cpu: process.cpuUsage(), wall: performance.now() };
  const sourceFile = program.getSourceFile(file);
  if (!sourceFile) return { findings: [], failures: [], skipped: 'not part of the program', lines: 0 };
  let problem: string | undefined;
  try {
    problem = unanalysableReason(program, sourceFile);
  } catch (error) {
    problem = `could not be parsed: ${firstLine(error)}`;
  }
  if (problem) return { findings: [], failures: [], skipped: problem, lines: 0 };
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  const suppressions = parseSuppressions(sourceFile.text);
  const realRoot = realPathOf(root);
  for (const { rule, severity, options } of enabled) {
    if (limits.fileTimeoutMs > 0 && overBudget(started, limits.fileTimeoutMs)) {
      return { findings: [], failures, skipped: `took longer than ${seconds(limits.fileTimeoutMs)} to analyse (--file-timeout); not analysed`, lines: 0 };
    }
    try {
      rule.check({
        sourceFile,
        models,
        options,
        relativePath: (other) => toRelative(root, other),
        report(descriptor) {
          const finding = toFinding(rule.meta.id, severity, descriptor, (other) => isInside(root, other) || isInside(realRoot, other));
          if (!suppressions.isSuppressed(rule.meta.id, finding.range.start.line)) findings.push(finding);
        },
      });
    } catch (error) {
      failures.push({ ruleId: rule.meta.id, file, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  return { findings: findings.sort(compareFindings), failures, lines: sourceFile.getLineStarts().length };
}

const realPaths = new Map<string, string>();

/** The scanned root with symlinks resolved: the compiler names imported files by their real path. */
function realPathOf(root: string): string {
  let real = realPaths.get(root);
  if (real === undefined) {
    try {
      real = fs.realpathSync.native(root);
    } catch {
      real = root;
    }
    realPaths.set(root, real);
  }
  return real;
}

/**
 * What the models read from the project's files rather than from its program: the generated Prisma
 * clients and models (schema.prisma) and the installed library versions. Read on first use, once per
 * scan or per editor session, not once per program: the language server makes a program per edit.
 */
export class ProjectFacts {
  private clientOutputs: string[] | undefined;
  private versions: Map<string, string> | undefined;
  private prismaModels: PrismaModels | undefined;

  constructor(
    readonly root: string,
    private readonly libraries: readonly LibrarySpec[],
  ) {}

  prismaClientOutputs(): string[] {
    return (this.clientOutputs ??= findPrismaClientOutputs(this.root));
  }

  libraryVersions(): Map<string, string> {
    return (this.versions ??= readLibraryVersions(this.root, this.libraries));
  }

  prisma(): PrismaModels {
    return (this.prismaModels ??= readPrismaModels(this.root));
  }
}

/** An empty index of the identifiers whose calls count: those outside test code, unless `tests` is on. */
export function workspaceIdentifiers(root: string, config: HotpathConfig): IdentifierIndex {
  return new IdentifierIndex((file) => config.tests || !isTestFile(path.relative(root, file).split(path.sep).join('/')));
}

/**
 * The models of one program. The language server passes what it keeps across edits: the project's
 * facts and the workspace's identifier index (see `workspaceIdentifiers`).
 */
export function createModels(
  program: ts.Program,
  root: string,
  config: HotpathConfig,
  facts = new ProjectFacts(root, librariesOf(config)),
  identifiers = workspaceIdentifiers(root, config),
): AnalysisModels {
  const checker = program.getTypeChecker();
  const compilerOptions = program.getCompilerOptions();
  const registry = new LibraryRegistry(librariesOf(config), root, {
    generatedClients: { prisma: facts.prismaClientOutputs() },
    mapPath: tsconfigPathMapper(compilerOptions, root),
  });
  const resolver = new Resolver(checker, registry);
  const operations = new OperationClassifier(resolver, registry, checker, { libraryVersions: facts.libraryVersions() });
  let drizzleRelations: PrismaModels | undefined;
  const callSites = new CallSites(program, checker, identifiers);
  const summaries = new FunctionSummaries(operations, checker, new ImplementationIndex(program, checker));
  const memoization = new Memoization(operations, resolver, registry, checker);
  return {
    resolver,
    registry,
    bounds: new ListBounds(operations, checker, registry),
    prismaModels: () => facts.prisma(),
    drizzleRelations: () => (drizzleRelations ??= readDrizzleRelations(program)),
    operations,
    callSites,
    runContexts: new RunContexts(callSites, new RequestEntries(resolver, root), checker),
    clients: new ClientConstructions(resolver, registry, summaries, checker),
    summaries,
    iterations: new IterationModel(resolver, checker),
    constants: new ConstantValues(checker, callSites),
    memoization,
    readEvents: new ReadEvents(operations, summaries, memoization, checker),
    checker,
  };
}

/** Applies tsconfig `paths` (`"@/*": ["./src/*"]`) to a specifier, as the compiler would. */
function tsconfigPathMapper(options: ts.CompilerOptions, root: string): (specifier: string) => string[] {
  const paths = options.paths ?? {};
  const base = options.baseUrl ?? (options as { pathsBasePath?: string }).pathsBasePath ?? root;
  const patterns = Object.entries(paths);
  return (specifier) => {
    const candidates: string[] = [];
    for (const [pattern, targets] of patterns) {
      const star = pattern.indexOf('*');
      if (star === -1) {
        if (pattern === specifier) candidates.push(...targets.map((target) => path.resolve(base, target)));
        continue;
      }
      const prefix = pattern.slice(0, star);
      const suffix = pattern.slice(star + 1);
      if (specifier.startsWith(prefix) && specifier.endsWith(suffix) && specifier.length >= prefix.length + suffix.length) {
        const captured = specifier.slice(prefix.length, specifier.length - suffix.length);
        candidates.push(...targets.map((target) => path.resolve(base, target.replace('*', captured))));
      }
    }
    return candidates;
  };
}

function effectiveSettings(rule: Rule, config: HotpathConfig, overrides?: Record<string, SeveritySetting>) {
  const configured = config.rules[rule.meta.id];
  const severity = overrides?.[rule.meta.id] ?? configured?.severity ?? rule.meta.defaultSeverity;
  return { severity, options: configured?.options ?? {} };
}

function unanalysableReason(program: ts.Program, sourceFile: ts.SourceFile): string | undefined {
  const syntaxErrors = program.getSyntacticDiagnostics(sourceFile);
  if (syntaxErrors.length > 0) {
    const first = syntaxErrors[0];
    const { line, column } = lineAndColumn(sourceFile, first.start ?? 0);
    const more = syntaxErrors.length > 1 ? ` (and ${syntaxErrors.length - 1} more)` : '';
    return `syntax error at ${line}:${column}: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')}${more}`;
  }
  if (looksMinified(sourceFile.text)) return MINIFIED;
  return undefined;
}

/** `insideRoot` keeps related locations in the scanned folder: reports never name files outside it. */
function toFinding(ruleId: string, severity: Severity, descriptor: ReportDescriptor, insideRoot: (file: string) => boolean): Finding {
  const sourceFile = descriptor.node.getSourceFile();
  const end = descriptor.endNode ?? descriptor.node;
  return {
    ruleId,
    severity,
    file: sourceFile.fileName,
    range: rangeOf(sourceFile, descriptor.node.getStart(), end.getEnd()),
    message: descriptor.message,
    related: (descriptor.related ?? [])
      .filter((related) => related.node.getSourceFile() === sourceFile || insideRoot(related.node.getSourceFile().fileName))
      .map((related) => {
      const relatedFile = related.node.getSourceFile();
      return {
        file: relatedFile.fileName,
        range: rangeOf(relatedFile, related.node.getStart(), related.node.getEnd()),
        message: related.message,
      };
    }),
    // Offered only when the result still parses.
    fixes: checkedFixes(sourceFile, descriptor.fixes ?? []),
  };
}

function rangeOf(sourceFile: ts.SourceFile, start: number, end: number) {
  return { start: lineAndColumn(sourceFile, start), end: lineAndColumn(sourceFile, end) };
}

function compareFindings(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.ruleId.localeCompare(b.ruleId);
}

export function toRelative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/**
 * Installed versions of the libraries, for behaviour that changed between versions. Read from
 * node_modules when present, otherwise from the version range in package.json.
 */
/** The built-in library model and the project's own declarations (hotpath.json `libraries`). */
export function librariesOf(config: HotpathConfig): LibrarySpec[] {
  return [...BUILTIN_LIBRARIES, ...config.libraries];
}

function readLibraryVersions(root: string, libraries: readonly LibrarySpec[]): Map<string, string> {
  const versions = new Map<string, string>();
  let declared: Record<string, string> = {};
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    declared = { ...manifest.devDependencies, ...manifest.dependencies };
  } catch {
    // No package.json: versions stay unknown, and the newest behaviour is assumed.
  }
  for (const library of libraries) {
    for (const module of library.modules) {
      if (module.startsWith('.') || module.includes('*') || path.isAbsolute(module)) continue;
      const installed = readInstalledVersion(root, module);
      const version = installed ?? declared[module]?.replace(/^[^\d]*/, '');
      if (version && /^\d/.test(version)) {
        versions.set(library.id, version);
        break;
      }
    }
  }
  return versions;
}

function readInstalledVersion(root: string, module: string): string | undefined {
  for (let dir = root; ; dir = path.dirname(dir)) {
    try {
      return JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', module, 'package.json'), 'utf8')).version;
    } catch {
      if (path.dirname(dir) === dir) return undefined;
    }
  }
}
