import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { LanguageClient, TransportKind, WorkDoneProgress } from 'vscode-languageclient/node';
import { ScanWorkspaceRequest, StatusNotification } from '../shared/protocol';

/**
 * The thin client: starts the hotpath language server (all analysis runs there, never in the
 * extension host), registers the commands and shows the server's state.
 */
const DOCUMENTS = [
  { scheme: 'file', language: 'typescript' },
  { scheme: 'file', language: 'typescriptreact' },
  { scheme: 'file', language: 'javascript' },
  { scheme: 'file', language: 'javascriptreact' },
] satisfies vscode.DocumentFilter[];

let client: LanguageClient | undefined;

/** What the extension exports: lets integration tests wait for an analysis instead of sleeping. */
export interface HotpathApi {
  /** Fires with the absolute path of each file the server has just analysed. */
  onDidAnalyze: vscode.Event<string>;
}

export async function activate(context: vscode.ExtensionContext): Promise<HotpathApi> {
  const analyzed = new vscode.EventEmitter<string>();
  const output = vscode.window.createOutputChannel('hotpath', { log: true });
  const status = vscode.languages.createLanguageStatusItem('hotpath.status', DOCUMENTS);
  status.name = 'hotpath';
  status.text = 'hotpath: starting';
  status.command = { title: 'Show Output', command: 'hotpath.showOutput' };
  context.subscriptions.push(output, status);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENTS,
    outputChannel: output,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/hotpath.json') },
  };

  const start = async () => {
    // The server reports each problem once; the status item keeps showing the last one until a restart.
    let problem: string | undefined;
    client = new LanguageClient('hotpath', 'hotpath', serverOptions, clientOptions);
    client.onNotification(StatusNotification.type, (params) => {
      if (params.state === 'error') problem = params.message ?? 'an internal error (see the output)';
      showStatus(status, params, problem);
      if (params.state === 'idle' && params.file) analyzed.fire(params.file);
    });
    await client.start();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('hotpath.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('hotpath.restartServer', async () => {
      await client?.stop();
      await start();
    }),
    vscode.commands.registerCommand('hotpath.scanWorkspace', () => scanWorkspace()),
  );
  context.subscriptions.push(analyzed);
  await start();
  return { onDidAnalyze: analyzed.event };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

function showStatus(status: vscode.LanguageStatusItem, params: StatusNotification.Params, problem: string | undefined): void {
  status.busy = params.state === 'analyzing' || params.state === 'scanning' || params.state === 'starting';
  status.severity = problem ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  const latency = params.lastLatencyMs !== undefined ? ` (${params.lastLatencyMs} ms)` : '';
  status.text = params.state === 'error' ? 'hotpath: problem (see the output)' : `hotpath: ${params.state}${latency}`;
  const timing = params.lastLatencyMs !== undefined ? `Last analysis took ${params.lastLatencyMs} ms from the edit to its diagnostics` : undefined;
  status.detail = [problem, timing].filter(Boolean).join(' · ') || undefined;
}

/** "hotpath: Scan Workspace": every file, open or not, into the Problems panel, with a cancellable progress notification. */
async function scanWorkspace(): Promise<ScanWorkspaceRequest.Result | undefined> {
  const languageClient = client;
  if (!languageClient) return undefined;
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'hotpath: scanning the workspace', cancellable: true },
    async (progress, token) => {
      const workDoneToken = `hotpath-scan-${Date.now()}`;
      let reported = 0;
      const listener = languageClient.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return;
        const percentage = value.percentage ?? reported;
        progress.report({ message: value.message, increment: percentage - reported });
        reported = percentage;
      });
      try {
        const result = await languageClient.sendRequest(ScanWorkspaceRequest.type, { workDoneToken }, token);
        const summary = `hotpath: ${result.findings} finding${result.findings === 1 ? '' : 's'} in ${result.files} files (${(result.durationMs / 1000).toFixed(1)} s)`;
        void vscode.window.showInformationMessage(result.cancelled ? `${summary}, cancelled` : summary);
        return result;
      } finally {
        listener.dispose();
      }
    },
  );
}
