import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Diagnostic, InitializeParams, InitializeResult, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { CodeActionKind, createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ALL_RULES } from '../../rules';
import type { RuleFailure } from '../core/findings';
import { WorkspaceAnalyzer } from '../core/workspace';
import { Commands, FIX_ALL_KIND, ScanWorkspaceRequest, StatusNotification } from '../shared/protocol';
import { codeActionsFor } from './code-actions';
import { ruleDocUri, toDiagnostic } from './diagnostics';
import type { HotpathSettings } from './settings';
import { SettingsCache } from './settings';

/**
 * Changes closer together than this are typing: the analysis waits until typing pauses this long. A
 * change after a pause (a paste, a fix, a one-key edit) is analysed at once.
 */
const TYPING_DEBOUNCE_MS = 200;

/**
 * The hotpath language server: LSP wiring only. Analysis lives in src/core (WorkspaceAnalyzer), one
 * per workspace folder, kept loaded between edits.
 */
export function startLanguageServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  const analyzers = new Map<string, WorkspaceAnalyzer>();
  const pending = new Map<string, NodeJS.Timeout>();
  const changedAt = new Map<string, number>();
  /** When each document last changed: the change after it is typing if it comes within the debounce. */
  const lastChangeAt = new Map<string, number>();
  const published = new Set<string>();
  /** Problems already shown: each is logged and shown once per session, not on every keystroke. */
  const reported = new Set<string>();
  let folders: string[] = [];
  let settings: SettingsCache;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    folders = (params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : [])).map((uri) => fileURLToPath(uri));
    settings = new SettingsCache(connection, params.capabilities.workspace?.configuration === true);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [Commands.showDocumentation] },
      },
      serverInfo: { name: 'hotpath' },
    };
  });

  connection.onInitialized(() => {
    connection.sendNotification(StatusNotification.type, { state: 'idle' });
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    analyzers.clear();
    for (const document of documents.all()) schedule(document, 0);
  });

  const analyzerFor = async (file: string): Promise<WorkspaceAnalyzer | undefined> => {
    const root = folders.filter((folder) => file.startsWith(folder + path.sep)).sort((a, b) => b.length - a.length)[0];
    const analyzer = root ? await analyzerForFolder(root) : undefined;
    return analyzer?.covers(file) ? analyzer : undefined;
  };

  const analyzerForFolder = async (root: string): Promise<WorkspaceAnalyzer> => {
    let analyzer = analyzers.get(root);
    if (!analyzer) {
      const folderSettings = await settings.get(pathToFileURL(root).href);
      analyzer = new WorkspaceAnalyzer(root, { ruleOverrides: folderSettings.rules, exclude: folderSettings.exclude });
      analyzers.set(root, analyzer);
      if (analyzer.configError && !reported.has(analyzer.configError.message)) {
        void connection.window.showWarningMessage(`hotpath: ${analyzer.configError.message}. Using the default configuration.`);
        reportProblem(analyzer.configError.message, `configuration error in ${analyzer.configError.message}; using the default configuration`);
      }
    }
    return analyzer;
  };

  /** Logs a problem to the output channel and shows it in the status item, once per `key`. */
  const reportProblem = (key: string, message: string, detail?: string): void => {
    if (reported.has(key)) return;
    reported.add(key);
    connection.console.error(`hotpath: ${message}${detail ? `\n${detail}` : ''}`);
    connection.sendNotification(StatusNotification.type, { state: 'error', message });
  };

  /** A rule that throws loses its findings for that file only; the same error on other files is not repeated. */
  const reportFailures = (analyzer: WorkspaceAnalyzer, failures: readonly RuleFailure[]): void => {
    for (const failure of failures) {
      const [firstLine, ...stack] = failure.error.split('\n');
      const where = path.relative(analyzer.root, failure.file);
      reportProblem(`${failure.ruleId}\0${firstLine}`, `rule ${failure.ruleId} failed on ${where}: ${firstLine}; its findings there are missing`, stack.join('\n'));
    }
  };

  /** A bug outside the rules: the server goes on with the next file or edit. */
  const reportInternalError = (file: string, error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    reportProblem(`internal\0${message}`, `analysis of ${path.basename(file)} failed: ${message}`, error instanceof Error ? error.stack : undefined);
  };

  const analyze = async (document: TextDocument): Promise<void> => {
    const file = fileURLToPath(document.uri);
    const documentSettings = await settings.get(document.uri);
    try {
      const analyzer = documentSettings.enable ? await analyzerFor(file) : undefined;
      if (!analyzer) {
        publish(document.uri, []);
        return;
      }
      connection.sendNotification(StatusNotification.type, { state: 'analyzing', file });
      analyzer.update(file, document.getText());
      const result = analyzer.analyzeFile(file);
      publish(document.uri, result.findings.map(toDiagnostic));
      reportFailures(analyzer, result.failures);
      const started = changedAt.get(document.uri);
      changedAt.delete(document.uri);
      connection.sendNotification(StatusNotification.type, {
        state: 'idle',
        file,
        ...(started === undefined ? {} : { lastLatencyMs: Math.round(performance.now() - started) }),
      });
      // Files that import this one may gain or lose findings through it.
      for (const dependent of analyzer.dependentsOf(file)) {
        const open = documents.get(pathToFileURL(dependent).href);
        if (open && open.uri !== document.uri && !pending.has(open.uri)) schedule(open, 0);
      }
    } catch (error) {
      reportInternalError(file, error);
    }
  };

  const schedule = (document: TextDocument, delay: number): void => {
    clearTimeout(pending.get(document.uri));
    pending.set(
      document.uri,
      setTimeout(() => {
        pending.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) void analyze(current);
      }, delay),
    );
  };

  /** Open documents always get their (possibly empty) list; closed files only when it changes. */
  const publish = (uri: string, diagnostics: Diagnostic[]): void => {
    if (diagnostics.length === 0 && !published.has(uri) && !documents.get(uri)) return;
    if (diagnostics.length > 0) published.add(uri);
    else published.delete(uri);
    connection.sendDiagnostics({ uri, diagnostics });
  };

  documents.onDidOpen((event) => schedule(event.document, 0));
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    const now = performance.now();
    const typing = now - (lastChangeAt.get(uri) ?? Number.NEGATIVE_INFINITY) < TYPING_DEBOUNCE_MS;
    lastChangeAt.set(uri, now);
    changedAt.set(uri, changedAt.get(uri) ?? now);
    void settings.get(uri).then((documentSettings: HotpathSettings) => {
      if (documentSettings.run === 'onType') schedule(event.document, typing || pending.has(uri) ? TYPING_DEBOUNCE_MS : 0);
    });
  });
  documents.onDidSave((event) => schedule(event.document, 0));
  documents.onDidClose((event) => {
    clearTimeout(pending.get(event.document.uri));
    pending.delete(event.document.uri);
    lastChangeAt.delete(event.document.uri);
    const file = fileURLToPath(event.document.uri);
    for (const analyzer of analyzers.values()) if (analyzer.covers(file)) analyzer.revert(file);
  });

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? codeActionsFor(document, params.context.diagnostics, params.context.only) : [];
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== Commands.showDocumentation) return;
    const ruleId = String(params.arguments?.[0] ?? '');
    const uri = ALL_RULES.some((rule) => rule.meta.id === ruleId) ? ruleDocUri(ruleId) : undefined;
    if (uri) await connection.window.showDocument({ uri, takeFocus: true });
  });

  connection.onRequest(ScanWorkspaceRequest.type, async (params, token) => {
    const started = performance.now();
    // The client's token when it shows its own notification (VS Code), else a progress of our own.
    let progress: WorkDoneProgressReporter;
    let progressCancelled = () => false;
    if (params.workDoneToken !== undefined) {
      progress = connection.window.attachWorkDoneProgress(params.workDoneToken);
    } else {
      const created = await connection.window.createWorkDoneProgress();
      progressCancelled = () => created.token.isCancellationRequested;
      progress = created;
    }
    const cancelled = () => token.isCancellationRequested || progressCancelled();
    progress.begin('hotpath: scanning the workspace', 0, 'Loading…', true);
    connection.sendNotification(StatusNotification.type, { state: 'scanning' });
    let files = 0;
    let findings = 0;
    let skipped = 0;
    let wasCancelled = false;
    for (const folder of folders) {
      const analyzer = await analyzerForFolder(folder);
      const all = analyzer.files();
      for (const [index, file] of all.entries()) {
        if (cancelled()) {
          wasCancelled = true;
          break;
        }
        let result;
        try {
          result = analyzer.analyzeFile(file);
        } catch (error) {
          reportInternalError(file, error);
          continue;
        }
        reportFailures(analyzer, result.failures);
        files++;
        if (result.skipped) skipped++;
        findings += result.findings.length;
        const uri = pathToFileURL(file).href;
        if (!documents.get(uri)) publish(uri, result.findings.map(toDiagnostic));
        progress.report(Math.round(((index + 1) / all.length) * 100), `${index + 1}/${all.length} files`);
        // Let cancellation and edits through between files.
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (wasCancelled) break;
    }
    progress.done();
    connection.sendNotification(StatusNotification.type, { state: 'idle' });
    return { files, findings, skipped, durationMs: Math.round(performance.now() - started), cancelled: wasCancelled };
  });

  documents.listen(connection);
  connection.listen();
}
