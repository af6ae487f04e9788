import * as path from 'node:path';
import type { SourceFile } from 'ts-morph';
import { ALL_RULES } from '../../rules';
import type { HotpathConfig } from './config';
import { ConfigError, DEFAULT_CONFIG, loadConfig } from './config';
import type { FileAnalysis, ScanResult } from './engine';
import { analyzeFiles, analyzeSourceFile, createModels, enabledRules, librariesOf, ProjectFacts, workspaceIdentifiers } from './engine';
import type { IdentifierIndex } from './call-sites';
import type { SeveritySetting } from './findings';
import type { LoadedProject } from './project';
import { admitSourceFile, loadProject, readSourceText, SOURCE_EXTENSIONS } from './project';
import type { AnalysisModels } from './rule';

export interface WorkspaceOptions {
  /** Severity overrides from the editor's settings; they win over hotpath.json. */
  ruleOverrides?: Record<string, SeveritySetting>;
  /** Extra exclude globs from the editor's settings. */
  exclude?: string[];
}

/**
 * One workspace folder, kept loaded between analyses: the editor edits files in memory and asks for
 * one file's findings at a time. The program is updated, not rebuilt (ts-morph keeps a language
 * service underneath), and the models are rebuilt per program because their caches hold its nodes.
 */
export class WorkspaceAnalyzer {
  private loaded: LoadedProject;
  private models: { program: unknown; models: AnalysisModels } | undefined;
  /** The configuration problem, if hotpath.json is broken: the analyzer goes on with defaults. */
  readonly configError: ConfigError | undefined;
  readonly config: HotpathConfig;
  /** Read once per session (schema.prisma, installed versions); Restart Server picks up changes. */
  private readonly facts: ProjectFacts;
  /** The workspace's identifiers by name, indexed again per edited file rather than per program. */
  private readonly identifiers: IdentifierIndex;
  /** Why an edited file cannot be analysed (nested too deeply), until its text changes. */
  private readonly refusals = new Map<string, string>();

  constructor(
    readonly root: string,
    private readonly options: WorkspaceOptions = {},
  ) {
    let config = DEFAULT_CONFIG;
    let configError: ConfigError | undefined;
    try {
      config = loadConfig(root);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      configError = error;
    }
    this.config = { ...config, exclude: [...config.exclude, ...(options.exclude ?? [])] };
    this.configError = configError;
    this.loaded = loadProject({ root, include: this.config.include, exclude: this.config.exclude, tests: this.config.tests });
    this.facts = new ProjectFacts(root, librariesOf(this.config));
    this.identifiers = workspaceIdentifiers(root, this.config);
  }

  /** Whether the file belongs to this workspace's analysis (project files, or new source files under the root). */
  covers(file: string): boolean {
    return this.loaded.files.includes(file) || (isUnder(this.root, file) && SOURCE_EXTENSIONS.includes(path.extname(file)));
  }

  /** The files the workspace analyses. */
  files(): readonly string[] {
    return [...this.loaded.files];
  }

  /** The editor's text of a file replaces the disk's until `revert`. */
  update(file: string, text: string): void {
    // Skipped when the workspace was loaded (too large, outside the root...): stays so until Restart Server.
    if (this.loaded.skipped.some((skipped) => skipped.file === file)) return;
    const existing = this.loaded.project.getSourceFile(file);
    if (existing && existing.getFullText() === text) return;
    this.setText(file, text);
    if (!this.loaded.files.includes(file)) this.loaded.files.push(file);
    this.models = undefined;
  }

  /** Back to the text on disk (the editor closed the file without saving). */
  revert(file: string): void {
    const sourceFile: SourceFile | undefined = this.loaded.project.getSourceFile(file);
    if (!sourceFile) return;
    const text = readSourceText(file);
    if (typeof text === 'string') this.setText(file, text);
    else {
      this.loaded.project.removeSourceFile(sourceFile);
      this.loaded.files = this.loaded.files.filter((f) => f !== file);
      this.refusals.delete(file);
    }
    this.models = undefined;
  }

  private setText(file: string, text: string): void {
    const refused = admitSourceFile(this.loaded.project, this.loaded.refused, file, text);
    if (refused) this.refusals.set(file, refused);
    else this.refusals.delete(file);
  }

  analyzeFile(file: string): FileAnalysis {
    const refused = this.refusals.get(file) ?? this.loaded.skipped.find((skipped) => skipped.file === file)?.reason;
    if (refused) return { findings: [], failures: [], skipped: refused, lines: 0 };
    const { program, models } = this.currentModels();
    return analyzeSourceFile(program, file, models, enabledRules(ALL_RULES, this.config, this.options.ruleOverrides), this.root);
  }

  /** Every file of the workspace, open or not. */
  scanAll(onProgress?: (done: number, total: number, file: string) => void, isCancelled?: () => boolean): ScanResult {
    const started = performance.now();
    const result = analyzeFiles(this.loaded, { root: this.root, config: this.config, ruleOverrides: this.options.ruleOverrides, onProgress, isCancelled });
    return { ...result, root: this.root, stats: { ...result.stats, durationMs: performance.now() - started } };
  }

  /** Files that import `file` directly: their findings may change when it does. */
  dependentsOf(file: string): string[] {
    const target = this.loaded.project.getSourceFile(file);
    if (!target) return [];
    return target.getReferencingSourceFiles().map((sourceFile) => sourceFile.getFilePath() as string);
  }

  private currentModels() {
    const program = this.loaded.project.getProgram().compilerObject;
    if (this.models?.program !== program) this.models = { program, models: createModels(program, this.root, this.config, this.facts, this.identifiers) };
    return { program, models: this.models.models };
  }
}

function isUnder(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return !relative.startsWith('..') && !path.isAbsolute(relative) && !relative.split(path.sep).includes('node_modules');
}
