import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

describe('hotpath installed from the .vsix', () => {
  it('is the installed extension, not a development copy, and shows squiggles on the demo backend', async () => {
    const extension = vscode.extensions.getExtension('hotpath.hotpath');
    assert.ok(extension, 'hotpath.hotpath is installed');
    assert.match(extension.extensionPath, new RegExp(`${path.sep}extensions${path.sep}hotpath\\.hotpath-`));
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'src', 'services', 'order-service.ts');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const deadline = Date.now() + 60_000;
    let found: vscode.Diagnostic[] = [];
    while (Date.now() < deadline) {
      found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'hotpath');
      if (found.length === 3) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.deepEqual(found.map((d) => d.range.start.line), [9, 25, 32]);
  });
});
