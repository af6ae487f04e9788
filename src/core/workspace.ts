import * as path from 'node:path';
import type { SourceFile } from 'ts-morph';
import { ts } from './ts';
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
 * one file's findings at a time. ts-morph parses the edited text; the program is then TypeScript's
 * own, built over the files ts-morph holds and reusing every unchanged one (see `EditorPrograms`).
 * The models are rebuilt per program because their caches hold its nodes.
 */
export class WorkspaceAnalyzer {
  private loaded: LoadedProject;
  private models: { program: unknown; models: AnalysisModels } | undefined;
  private readonly programs: EditorPrograms;
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
    this.programs = new EditorPrograms(this.loaded.project.getProgram().compilerObject);
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
      this.programs.remove(file);
      this.loaded.files = this.loaded.files.filter((f) => f !== file);
      this.refusals.delete(file);
    }
    this.models = undefined;
  }

  private setText(file: string, text: string): void {
    const refused = admitSourceFile(this.loaded.project, this.loaded.refused, file, text);
    if (refused) this.refusals.set(file, refused);
    else this.refusals.delete(file);
    const sourceFile = this.loaded.project.getSourceFile(file);
    if (sourceFile) this.programs.set(sourceFile.compilerNode);
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

  /**
   * Files that import `file` directly: their findings may change when it does. Asked of the current
   * program (ts-morph would make a program and a checker of its own for it, on every edit); only files
   * whose text names the module are looked at.
   */
  dependentsOf(file: string): string[] {
    const program = this.programs.current();
    const target = program.getSourceFile(file);
    if (!target) return [];
    const checker = program.getTypeChecker();
    const stem = moduleStem(file);
    const dependents: string[] = [];
    for (const sourceFile of program.getSourceFiles()) {
      if (sourceFile === target || sourceFile.isDeclarationFile || !sourceFile.text.includes(stem)) continue;
      const imports = moduleSpecifiersOf(sourceFile).some((specifier) => {
        try {
          return checker.getSymbolAtLocation(specifier)?.valueDeclaration === target;
        } catch {
          return false;
        }
      });
      if (imports) dependents.push(sourceFile.fileName);
    }
    return dependents;
  }

  private currentModels() {
    const program = this.programs.current();
    if (this.models?.program !== program) this.models = { program, models: createModels(program, this.root, this.config, this.facts, this.identifiers) };
    return { program, models: this.models.models };
  }
}

/**
 * The editor's programs: each built by TypeScript's `createProgram` from the previous one, over the
 * SourceFiles ts-morph has parsed (the edited file's new text, every other file unchanged, so its
 * structure is reused whole). Asking ts-morph for its program instead costs about 10 ms more per edit
 * at 100k lines: it looks every file up again through its own path handling.
 */
class EditorPrograms {
  private program: ts.Program;
  private changed = false;
  private readonly sourceFiles = new Map<string, ts.SourceFile>();
  private readonly rootNames: Set<string>;
  private readonly host: ts.CompilerHost;
  /**
   * What the package.json files along each path say (a file's module format, a package's exports),
   * kept for the session: without it, each program looked up the package.json of every typings file
   * again, a third of the program's creation. Module resolutions themselves start afresh per program
   * (`resolutions`), as the compiler's own would, so a file that appears makes a failed import resolve.
   * A package.json changed during the session is seen after Restart Server.
   */
  private readonly packageJsonInfo: ts.PackageJsonInfoCache;
  private resolutions: ts.ModuleResolutionCache;

  /** @param initial ts-morph's program, whose files the first program reuses (ts-morph keeps that one, with any checker made on it, for as long as it lives). */
  constructor(initial: ts.Program) {
    for (const sourceFile of initial.getSourceFiles()) this.sourceFiles.set(sourceFile.fileName, sourceFile);
    this.rootNames = new Set(initial.getRootFileNames());
    const options = initial.getCompilerOptions();
    const disk = ts.createCompilerHost(options);
    this.resolutions = ts.createModuleResolutionCache(disk.getCurrentDirectory(), disk.getCanonicalFileName, options);
    this.packageJsonInfo = this.resolutions.getPackageJsonInfoCache();
    this.host = {
      ...disk,
      // The compiler's default resolution, with the caches above (a name imported twice is a cache hit).
      resolveModuleNameLiterals: (literals, containingFile, redirectedReference, literalOptions, containingSourceFile) =>
        literals.map((literal) => {
          const mode = ts.getModeForUsageLocation(containingSourceFile, literal, redirectedReference?.commandLine.options ?? literalOptions);
          return ts.resolveModuleName(literal.text, containingFile, literalOptions, this.host, this.resolutions, redirectedReference, mode);
        }),
      getModuleResolutionCache: () => this.resolutions,
      // A file no earlier program had (a new import) is read from disk, once.
      getSourceFile: (fileName, languageVersion) => {
        let sourceFile = this.sourceFiles.get(fileName);
        if (!sourceFile) {
          sourceFile = disk.getSourceFile(fileName, languageVersion);
          if (sourceFile) this.sourceFiles.set(fileName, sourceFile);
        }
        return sourceFile;
      },
      fileExists: (fileName) => this.sourceFiles.has(fileName) || disk.fileExists(fileName),
    };
    this.program = this.next(initial);
  }

  /** The edited text of a workspace file, parsed by ts-morph. */
  set(sourceFile: ts.SourceFile): void {
    const fileName = sourceFile.fileName;
    if (this.sourceFiles.get(fileName) === sourceFile && this.rootNames.has(fileName)) return;
    this.sourceFiles.set(fileName, sourceFile);
    this.rootNames.add(fileName);
    this.changed = true;
  }

  /** A file closed without saving that exists only in the editor. */
  remove(file: string): void {
    const fileName = file.split(path.sep).join('/');
    this.sourceFiles.delete(fileName);
    this.rootNames.delete(fileName);
    this.changed = true;
  }

  current(): ts.Program {
    if (this.changed) {
      this.program = this.next(this.program);
      this.changed = false;
    }
    return this.program;
  }

  private next(previous: ts.Program): ts.Program {
    const options = previous.getCompilerOptions();
    this.resolutions = ts.createModuleResolutionCache(this.host.getCurrentDirectory(), this.host.getCanonicalFileName, options, this.packageJsonInfo);
    return ts.createProgram({ rootNames: [...this.rootNames], options, host: this.host, oldProgram: previous });
  }
}

/** What an import of the file says at least: `users.service` for `./users.service`, `users` for `./users` (its index). */
function moduleStem(file: string): string {
  const stem = path.basename(file).replace(/(\.d)?\.[cm]?[jt]sx?$/, '');
  return stem === 'index' ? path.basename(path.dirname(file)) : stem;
}

/** Each file version's module names, walked once: after an edit, only the edited file is new. */
const specifiersByFile = new WeakMap<ts.SourceFile, ts.StringLiteralLike[]>();

/** The module names a file imports: `import`/`export ... from`, `import x = require()`, `require()`, `import()`, `import('x').T`. */
function moduleSpecifiersOf(sourceFile: ts.SourceFile): ts.StringLiteralLike[] {
  const cached = specifiersByFile.get(sourceFile);
  if (cached) return cached;
  const specifiers: ts.StringLiteralLike[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteralLike(node.moduleSpecifier)) {
      specifiers.push(node.moduleSpecifier);
    } else if (ts.isExternalModuleReference(node) && ts.isStringLiteralLike(node.expression)) {
      specifiers.push(node.expression);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) specifiers.push(node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteralLike(node.argument.literal)) {
      specifiers.push(node.argument.literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  specifiersByFile.set(sourceFile, specifiers);
  return specifiers;
}

function isUnder(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return !relative.startsWith('..') && !path.isAbsolute(relative) && !relative.split(path.sep).includes('node_modules');
}
