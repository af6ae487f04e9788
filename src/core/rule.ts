import type { ts } from './ts';
import type { Fix, RelatedLocation, Severity } from './findings';
import type { ListBounds } from './bounds';
import type { CallSites } from './call-sites';
import type { ClientConstructions } from './clients';
import type { RunContexts } from './run-contexts';
import type { IterationModel } from './iteration';
import type { PrismaModels } from './libraries/prisma-schema';
import type { LibraryRegistry } from './libraries/registry';
import type { OperationClassifier } from './operations';
import type { Resolver } from './resolve';
import type { FunctionSummaries } from './summaries';
import type { ConstantValues } from './constants';
import type { Memoization } from './caches';
import type { ReadEvents } from './reads';

export interface RuleMeta {
  /** The id users write in hotpath.json and suppression comments. */
  id: string;
  /** One line: what it finds. */
  description: string;
  /** Markdown help shown in SARIF and editors: what it costs and how to fix it. */
  help: string;
  defaultSeverity: Severity;
}

/** The shared models a rule asks; a rule never re-learns what a query or a loop is. */
export interface AnalysisModels {
  resolver: Resolver;
  registry: LibraryRegistry;
  /** What bounds a list query. */
  bounds: ListBounds;
  /** The workspace's Prisma models (relations and their cardinality), read on first use. */
  prismaModels: () => PrismaModels;
  /** The workspace's Drizzle relations (`relations(posts, ({ many }) => ...)`), read on first use. */
  drizzleRelations: () => PrismaModels;
  operations: OperationClassifier;
  /** Who calls a workspace function, across files. */
  callSites: CallSites;
  /** How often code runs: once at startup, or again and again (per request, event, timer, loop). */
  runContexts: RunContexts;
  /** Database and cache clients created by an expression, and what becomes of them. */
  clients: ClientConstructions;
  summaries: FunctionSummaries;
  iterations: IterationModel;
  /** What has the same value on every request (literals, module-level constants, pure helpers of them). */
  constants: ConstantValues;
  /** Whether a read only runs on a cache miss (memoizers, checked module state, cache-aside). */
  memoization: Memoization;
  /** The reads a function performs, keyed so that the same query with the same arguments matches. */
  readEvents: ReadEvents;
  checker: ts.TypeChecker;
}

export interface ReportDescriptor {
  /** Where the finding starts and ends: the offending call, never the enclosing loop. */
  node: ts.Node;
  /** Ends the range early (the callee of a long call) when given. */
  endNode?: ts.Node;
  message: string;
  related?: Array<{ node: ts.Node; message: string }>;
  fixes?: Fix[];
}

export interface RuleContext {
  readonly sourceFile: ts.SourceFile;
  readonly models: AnalysisModels;
  readonly options: Record<string, unknown>;
  report(descriptor: ReportDescriptor): void;
  /** A file path relative to the scan root, for messages. */
  relativePath(file: string): string;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export type { RelatedLocation };
