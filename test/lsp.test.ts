import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExecuteCommandRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShowDocumentRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ScanWorkspaceRequest, StatusNotification } from '../src/shared/protocol';
import { HOTPATH_BIN } from './helpers/cli';
import { FIXTURES } from './helpers/fixtures';

const DEMO = path.join(FIXTURES, 'demo-api');
const SERVICE = path.join(DEMO, 'src', 'services', 'order-service.ts');
const ROUTES = path.join(DEMO, 'src', 'routes', 'orders.ts');

/** A plain LSP client over stdio, as any editor other than VS Code would be. */
describe('hotpath lsp --stdio (with a generic LSP client)', function () {
  this.timeout(120_000);
  let server: ChildProcess;
  let connection: ProtocolConnection;
  const diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  const waiters: Array<() => void> = [];
  const shown: string[] = [];
  const statuses: StatusNotification.Params[] = [];
  /** When each status arrived. */
  const statusTimes: number[] = [];

  function nextDiagnostics(uri: string, after: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => {
      const check = () => {
        const list = diagnostics.get(uri) ?? [];
        if (list.length > after) {
          resolve(list[after]);
          return true;
        }
        return false;
      };
      if (!check()) waiters.push(() => void check());
    });
  }

  before(async () => {
    server = spawn(process.execPath, [HOTPATH_BIN, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      diagnostics.set(params.uri, [...(diagnostics.get(params.uri) ?? []), params]);
      for (const waiter of waiters.splice(0)) waiter();
    });
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    connection.onNotification(StatusNotification.type, (params) => {
      statuses.push(params);
      statusTimes.push(performance.now());
    });
    connection.onRequest(ShowDocumentRequest.type, (params) => {
      shown.push(params.uri);
      return { success: true };
    });
    connection.listen();
    const result = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(DEMO).href,
      workspaceFolders: [{ uri: pathToFileURL(DEMO).href, name: 'demo-api' }],
      capabilities: { window: { workDoneProgress: true, showDocument: { support: true } } },
    });
    assert.equal(result.serverInfo?.name, 'hotpath');
    await connection.sendNotification(InitializedNotification.type, {});
  });

  after(async () => {
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    connection.dispose();
    server.kill();
  });

  const serviceUri = pathToFileURL(SERVICE).href;
  let document: TextDocument;
  let ruleFix: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }> = [];

  it('publishes diagnostics for an opened file: rule, range, message, docs link and the call chain', async () => {
    const text = fs.readFileSync(SERVICE, 'utf8');
    document = TextDocument.create(serviceUri, 'typescript', 1, text);
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: serviceUri, languageId: 'typescript', version: 1, text } });
    const published = await nextDiagnostics(serviceUri, 0);
    assert.deepEqual(
      published.diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.code, d.source]),
      [
        [9, 26, 'query-in-loop', 'hotpath'],
        [25, 43, 'query-in-loop', 'hotpath'],
        [32, 25, 'query-in-loop', 'hotpath'],
      ],
    );
    const helper = published.diagnostics[0];
    assert.match(String(helper.message), /^`findUserById\(…\)` calls the database/);
    assert.match(helper.codeDescription!.href, /\/rules\/query-in-loop\.md$/);
    assert.ok(fs.existsSync(new URL(helper.codeDescription!.href)));
    assert.deepEqual(helper.relatedInformation!.map((r) => r.message), ['the for...of loop that repeats it', 'Prisma prisma.user.findUnique: the round trip']);
    assert.match(helper.relatedInformation![1].location.uri, /user-repository\.ts$/);
  });

  it('offers disable-line, disable-file and documentation actions; the disable-line edit silences the finding', async () => {
    const published = (diagnostics.get(serviceUri) ?? []).at(-1)!;
    const target = published.diagnostics[2];
    const actions = (await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: serviceUri },
      range: target.range,
      context: { diagnostics: [target] },
    })) as Array<{ title: string; edit?: { changes: Record<string, Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>> } }>;
    assert.deepEqual(actions.map((a) => a.title), [
      'Read all keys with one mget() before the loop',
      'Disable query-in-loop for this line',
      'Disable query-in-loop for this file',
      'Show documentation for query-in-loop',
    ]);
    ruleFix = actions[0].edit!.changes[serviceUri];
    const edits = actions[1].edit!.changes[serviceUri];
    const newText = TextDocument.applyEdits(document, edits);
    assert.match(newText.split('\n')[32], /^\s+\/\/ hotpath-disable-next-line query-in-loop -- reason$/);
    const before = diagnostics.get(serviceUri)!.length;
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: serviceUri, version: 2 }, contentChanges: [{ text: newText }] });
    const after = await nextDiagnostics(serviceUri, before);
    assert.deepEqual(after.diagnostics.map((d) => d.range.start.line), [9, 25]);
  });

  it("offers the rule's own fix, the one the CLI applies; applied, the finding is gone", async () => {
    const fixed = TextDocument.applyEdits(document, ruleFix);
    assert.match(fixed, /const values = await redis\.mget\(productIds\.map\(\(id\) => `price:\$\{id\}`\)\);/);
    const before = diagnostics.get(serviceUri)!.length;
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: serviceUri, version: 3 }, contentChanges: [{ text: fixed }] });
    const after = await nextDiagnostics(serviceUri, before);
    assert.deepEqual(after.diagnostics.map((d) => d.range.start.line), [9, 25]);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: serviceUri, version: 4 }, contentChanges: [{ text: document.getText() }] });
    await nextDiagnostics(serviceUri, before + 1);
  });

  it('measures the time from the change to its published diagnostics', async () => {
    const deadline = Date.now() + 10_000;
    while (!statuses.some((s) => s.lastLatencyMs !== undefined) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const measured = statuses.filter((s) => s.state === 'idle' && s.lastLatencyMs !== undefined);
    assert.ok(measured.length > 0, JSON.stringify(statuses));
    assert.equal(measured[0].file, SERVICE);
    assert.ok(measured[0].lastLatencyMs! > 0, String(measured[0].lastLatencyMs));
  });

  it('waits while the user types: changes 50 ms apart are analysed 200 ms after the last one', async () => {
    const text = fs.readFileSync(SERVICE, 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = statuses.length;
    for (const [index, version] of [10, 11, 12].entries()) {
      if (index > 0) await new Promise((resolve) => setTimeout(resolve, 50));
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: serviceUri, version }, contentChanges: [{ text: `${text}\n// typing ${version}\n` }] });
    }
    const typedAt = performance.now();
    // The last change cannot be analysed before 200 ms of quiet; then no analysis may follow.
    const deadline = Date.now() + 20_000;
    while (!statuses.some((s, i) => i >= before && s.state === 'idle' && s.file === SERVICE && statusTimes[i] >= typedAt + 200) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    // At most two analyses for three changes: the first, after a pause, may be analysed at once.
    const analysed = statuses.slice(before).filter((s) => s.state === 'idle' && s.file === SERVICE);
    assert.ok(analysed.length >= 1 && analysed.length <= 2, JSON.stringify(analysed));
    assert.ok(analysed.at(-1)!.lastLatencyMs! >= 200, JSON.stringify(analysed));
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: serviceUri, version: 13 }, contentChanges: [{ text }] });
    await new Promise((resolve) => setTimeout(resolve, 500));
  });

  it('follows edits: a new N+1 typed into the file is reported', async () => {
    const current = fs.readFileSync(SERVICE, 'utf8').replace(
      '  /** Batched: one MGET. */',
      '  async slow(ids: string[]) {\n    for (const id of ids) await redis.del(id);\n  }\n\n  /** Batched: one MGET. */',
    );
    const before = diagnostics.get(serviceUri)!.length;
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: serviceUri, version: 14 }, contentChanges: [{ text: current }] });
    const after = await nextDiagnostics(serviceUri, before);
    const line = current.split('\n').findIndex((l) => l.includes('redis.del(id)'));
    assert.ok(after.diagnostics.some((d) => d.range.start.line === line && String(d.message).startsWith('`redis.del`')), JSON.stringify(after.diagnostics.map((d) => d.range.start.line)));
  });

  it('scans the workspace, publishing diagnostics for files never opened', async () => {
    const routesUri = pathToFileURL(ROUTES).href;
    const result = await connection.sendRequest(ScanWorkspaceRequest.type, {});
    assert.equal(result.cancelled, false);
    assert.equal(result.files, 4);
    const routes = await nextDiagnostics(routesUri, 0);
    assert.deepEqual(routes.diagnostics.map((d) => d.range.start.line), [16]);
  });

  it('opens the rule documentation on request', async () => {
    await connection.sendRequest(ExecuteCommandRequest.type, { command: 'hotpath.showDocumentation', arguments: ['query-in-loop'] });
    assert.equal(shown.length, 1);
    assert.match(shown[0], /\/rules\/query-in-loop\.md$/);
  });
});
