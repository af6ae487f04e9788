// Integration tests in a real VS Code extension host, against a copy of test-fixtures/demo-api.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { HotpathApi } from '../../../src/extension/extension';

const folder = () => vscode.workspace.workspaceFolders![0].uri;
const fileUri = (relative: string) => vscode.Uri.joinPath(folder(), ...relative.split('/'));

function hotpathDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'hotpath');
}

/** Polls until the predicate holds on the file's hotpath diagnostics. */
async function waitForDiagnostics(uri: vscode.Uri, predicate: (list: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const list = hotpathDiagnostics(uri);
    if (predicate(list)) return list;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; have ${JSON.stringify(list.map((d) => [d.range.start.line, d.message]))}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A code-action request can come back "Canceled" while the built-in TypeScript extension activates: retry. */
async function codeActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('Canceled')) throw error;
    }
  }
}

const ruleOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);

describe('hotpath in VS Code', () => {
  let api: HotpathApi;

  before(async () => {
    const extension = vscode.extensions.getExtension<HotpathApi>('hotpath.hotpath');
    assert.ok(extension, 'the hotpath extension is installed');
    api = await extension.activate();
    assert.ok(extension.isActive);
  });

  it('shows diagnostics for a file with findings: rule, range, message, docs link, related chain', async () => {
    const uri = fileUri('src/services/order-service.ts');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const list = await waitForDiagnostics(uri, (l) => l.length === 3, 'three findings');
    assert.deepEqual(
      list.map((d) => [d.range.start.line, d.range.start.character, ruleOf(d), d.severity]),
      [
        [9, 26, 'query-in-loop', vscode.DiagnosticSeverity.Warning],
        [25, 43, 'query-in-loop', vscode.DiagnosticSeverity.Warning],
        [32, 25, 'query-in-loop', vscode.DiagnosticSeverity.Warning],
      ],
    );
    assert.match(list[0].message, /^`findUserById\(…\)` calls the database \(Prisma `prisma\.user\.findUnique` at src\/repositories\/user-repository\.ts:4\)/);
    const code = list[0].code as { value: string; target: vscode.Uri };
    assert.match(code.target.toString(), /\/rules\/query-in-loop\.md$/);
    assert.deepEqual(list[0].relatedInformation?.map((r) => r.message), ['the for...of loop that repeats it', 'Prisma prisma.user.findUnique: the round trip']);
  });

  it('shows no diagnostics for a clean file', async () => {
    const uri = fileUri('src/repositories/user-repository.ts');
    const analysed = new Promise<void>((resolve) => {
      const listener = api.onDidAnalyze((file) => {
        if (file === uri.fsPath) {
          listener.dispose();
          resolve();
        }
      });
    });
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await analysed;
    assert.deepEqual(hotpathDiagnostics(uri), []);
  });

  it('follows edits: a query typed into a loop is reported, without saving', async () => {
    const uri = fileUri('src/services/order-service.ts');
    const document = await vscode.workspace.openTextDocument(uri);
    const line = document.getText().split('\n').findIndex((text) => text.includes('/** Batched: one MGET. */'));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(line, 0), '  async evict(ids: string[]) {\n    for (const id of ids) await redis.del(`price:${id}`);\n  }\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const list = await waitForDiagnostics(uri, (l) => l.length === 4, 'the new finding');
    assert.ok(list.some((d) => d.range.start.line === line + 1 && d.message.startsWith('`redis.del`')));
  });

  it('applies "Disable query-in-loop for this line" through the code-action API', async () => {
    const uri = fileUri('src/services/order-service.ts');
    const document = await vscode.workspace.openTextDocument(uri);
    const target = hotpathDiagnostics(uri).find((d) => d.message.startsWith('`redis.get`'))!;
    const actions = await codeActions(uri, target.range);
    const titles = actions.map((a) => a.title);
    // The rule's own fix comes first, as in the CLI's --fix.
    for (const expected of ['Read all keys with one mget() before the loop', 'Disable query-in-loop for this line', 'Disable query-in-loop for this file', 'Show documentation for query-in-loop']) {
      assert.ok(titles.includes(expected), `${expected} in ${JSON.stringify(titles)}`);
    }
    const disableLine = actions.find((a) => a.title === 'Disable query-in-loop for this line')!;
    assert.ok(await vscode.workspace.applyEdit(disableLine.edit!));
    const commentLine = document.lineAt(target.range.start.line).text;
    assert.match(commentLine, /^\s+\/\/ hotpath-disable-next-line query-in-loop -- reason$/);
    await waitForDiagnostics(uri, (l) => l.length === 3 && !l.some((d) => d.message.startsWith('`redis.get`')), 'the suppressed finding to go');
  });

  it('applies "Disable query-in-loop for this file" as a quick fix', async () => {
    const uri = fileUri('src/services/order-service.ts');
    const document = await vscode.workspace.openTextDocument(uri);
    const target = hotpathDiagnostics(uri)[0];
    const action = (await codeActions(uri, target.range)).find((a) => a.title === 'Disable query-in-loop for this file')!;
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    assert.equal(document.lineAt(0).text, '/* hotpath-disable-file query-in-loop */');
    await waitForDiagnostics(uri, (l) => l.length === 0, 'every finding of the file to go');
  });

  it('"hotpath: Scan Workspace" reports files that were never opened', async () => {
    const routes = fileUri('src/routes/orders.ts');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === routes.toString()));
    const result = await vscode.commands.executeCommand<{ files: number; findings: number; cancelled: boolean }>('hotpath.scanWorkspace');
    assert.equal(result.cancelled, false);
    assert.equal(result.files, 4);
    const list = await waitForDiagnostics(routes, (l) => l.length === 1, 'the finding of a closed file');
    assert.equal(list[0].range.start.line, 16);
  });
});
