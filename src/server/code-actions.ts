import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver/node';
import { CodeActionKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Commands, FIX_ALL_KIND } from '../shared/protocol';
import type { DiagnosticData } from './diagnostics';

/**
 * Code actions for hotpath's diagnostics: the rule's own fixes, then disabling the rule for the line
 * or the file, then its documentation. Titles follow vscode-eslint's.
 */
export function codeActionsFor(document: TextDocument, diagnostics: Diagnostic[], only?: string[]): CodeAction[] {
  const ours = diagnostics.filter((diagnostic) => diagnostic.source === 'hotpath' && typeof diagnostic.code === 'string');
  if (only?.some((kind) => kind === FIX_ALL_KIND || kind === CodeActionKind.SourceFixAll || kind === CodeActionKind.Source)) {
    return [fixAll(document, ours)];
  }
  const actions: CodeAction[] = [];
  for (const diagnostic of ours) {
    const ruleId = diagnostic.code as string;
    const data = diagnostic.data as DiagnosticData | undefined;
    for (const fix of data?.fixes ?? []) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [document.uri]: fix.edits.map((edit) => toTextEdit(document, edit)) } },
      });
    }
    actions.push({
      title: `Disable ${ruleId} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [document.uri]: [disableForLine(document, diagnostic.range.start.line, ruleId)] } },
    });
    actions.push({
      title: `Disable ${ruleId} for this file`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [document.uri]: [disableForFile(document, ruleId)] } },
    });
    actions.push({
      title: `Show documentation for ${ruleId}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: `Show documentation for ${ruleId}`, command: Commands.showDocumentation, arguments: [ruleId] },
    });
  }
  return actions;
}

/** `// hotpath-disable-next-line <rule> -- reason` above the line, at its indentation. */
export function disableForLine(document: TextDocument, line: number, ruleId: string): TextEdit {
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${indent}// hotpath-disable-next-line ${ruleId} -- reason\n`,
  };
}

/** `/* hotpath-disable-file <rule> *\/` at the top, after a shebang. */
export function disableForFile(document: TextDocument, ruleId: string): TextEdit {
  const line = document.getText().startsWith('#!') ? 1 : 0;
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `/* hotpath-disable-file ${ruleId} */\n`,
  };
}

function fixAll(document: TextDocument, diagnostics: Diagnostic[]): CodeAction {
  const edits: TextEdit[] = [];
  for (const diagnostic of diagnostics) {
    const fix = (diagnostic.data as DiagnosticData | undefined)?.fixes?.[0];
    if (fix) edits.push(...fix.edits.map((edit) => toTextEdit(document, edit)));
  }
  return { title: 'Fix all hotpath problems', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: edits } } };
}

function toTextEdit(document: TextDocument, edit: { start: number; end: number; newText: string }): TextEdit {
  return { range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.newText };
}
