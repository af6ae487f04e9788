// Not a test: stages the README screenshot (a squiggle with its quick fixes open) in the real workbench.
import * as vscode from 'vscode';

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension('hotpath.hotpath');
  await extension?.activate();
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'src', 'services', 'order-service.ts');
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const deadline = Date.now() + 60_000;
  while (vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'hotpath').length < 3 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const position = new vscode.Position(32, 30);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await vscode.commands.executeCommand('editor.action.quickFix');
  await new Promise((resolve) => setTimeout(resolve, 3000));
  console.log('HOTPATH_SCREENSHOT_READY');
  await new Promise((resolve) => setTimeout(resolve, 4000));
}
