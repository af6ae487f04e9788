import { ts } from './ts';
import type { Finding, Fix, TextEdit } from './findings';

/**
 * Fixes are text edits computed by rules. Before a fix is offered it is applied to the file's text and
 * the result parsed again: a fix that would leave a syntax error is dropped. The type check of fixes is
 * proven in the tests, on the typed fixtures, against the real library typings.
 */

/** The text with the edits applied, or undefined when two edits overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string | undefined {
  // From the end of the text; inserts at one position keep their order (the later one is applied first).
  const sorted = edits.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.index - a.index).map(({ edit }) => edit);
  let result = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of sorted) {
    if (edit.end > limit || edit.start > edit.end) return undefined;
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
    limit = edit.start;
  }
  return result;
}

/** Whether the text parses without a syntax error. */
export function parsesCleanly(fileName: string, text: string): boolean {
  const sourceFile = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, scriptKindOf(fileName));
  return ((sourceFile as unknown as { parseDiagnostics?: unknown[] }).parseDiagnostics ?? []).length === 0;
}

/** The fixes that edit only their own file and leave it parsing. */
export function checkedFixes(sourceFile: ts.SourceFile, fixes: readonly Fix[]): Fix[] {
  return fixes.filter((fix) => {
    if (fix.edits.length === 0 || fix.edits.some((edit) => edit.file !== sourceFile.fileName)) return false;
    const fixed = applyEdits(sourceFile.text, fix.edits);
    return fixed !== undefined && parsesCleanly(sourceFile.fileName, fixed);
  });
}

/**
 * The file's text with the first fix (or the `choice`-th) of each finding applied, skipping a fix that overlaps one
 * already taken (the next scan offers it again), and how many were applied.
 */
export function fixFile(text: string, fileName: string, findings: readonly Finding[], choice = 0): { text: string; applied: number } {
  const taken: TextEdit[] = [];
  let applied = 0;
  // `choice` picks another fix of each finding that has one (the tests prove every alternative).
  const candidates = findings
    .filter((finding) => finding.file === fileName && finding.fixes.length > choice)
    .map((finding) => finding.fixes[choice])
    .sort((a, b) => Math.min(...a.edits.map((edit) => edit.start)) - Math.min(...b.edits.map((edit) => edit.start)));
  for (const fix of candidates) {
    // The same edit from two fixes (an import both need) is applied once.
    const fresh = fix.edits.filter((edit) => !taken.some((other) => sameEdit(edit, other)));
    if (fresh.some((edit) => taken.some((other) => edit.start < other.end && other.start < edit.end))) continue;
    taken.push(...fresh);
    applied++;
  }
  const fixed = applyEdits(text, taken);
  return fixed !== undefined && parsesCleanly(fileName, fixed) ? { text: fixed, applied } : { text, applied: 0 };
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start && a.end === b.end && a.newText === b.newText;
}

/** An edit that replaces a node's text. */
export function replaceNode(node: ts.Node, newText: string): TextEdit {
  return { file: node.getSourceFile().fileName, start: node.getStart(), end: node.getEnd(), newText };
}

/** An edit that inserts text at a position of a node's file. */
export function insertAt(node: ts.Node, position: number, newText: string): TextEdit {
  return { file: node.getSourceFile().fileName, start: position, end: position, newText };
}

/** The whitespace a node's line starts with, to indent a statement inserted before it. */
export function indentOf(node: ts.Node): string {
  return /[ \t]*$/.exec(node.getSourceFile().text.slice(0, node.getStart()))?.[0] ?? '';
}

/** The first candidate name that the text does not already use as a word. */
export function freshName(candidates: readonly string[], text: string): string | undefined {
  return candidates.find((name) => !new RegExp(`\\b${name}\\b`).test(text));
}

/** Where an import goes: after the last import of the file, or at its top (after a shebang). */
export function importPosition(sourceFile: ts.SourceFile): { position: number; prefix: string } {
  const imports = sourceFile.statements.filter((statement) => ts.isImportDeclaration(statement) || ts.isImportEqualsDeclaration(statement));
  const last = imports[imports.length - 1];
  if (last) return { position: last.getEnd(), prefix: '\n' };
  const shebang = sourceFile.text.startsWith('#!') ? sourceFile.text.indexOf('\n') + 1 : 0;
  return { position: shebang, prefix: '' };
}

/**
 * The start of the line after the file's last import, where module-level declarations that use the
 * imports go (`const gzipAsync = promisify(gzip);`); undefined when the file has no import.
 */
export function lineAfterImports(sourceFile: ts.SourceFile): number | undefined {
  const imports = sourceFile.statements.filter((statement) => ts.isImportDeclaration(statement) || ts.isImportEqualsDeclaration(statement));
  const last = imports[imports.length - 1];
  if (!last) return undefined;
  const end = sourceFile.text.indexOf('\n', last.getEnd());
  return end < 0 ? undefined : end + 1;
}

function scriptKindOf(fileName: string): ts.ScriptKind {
  if (/\.tsx$/.test(fileName)) return ts.ScriptKind.TSX;
  if (/\.jsx$/.test(fileName)) return ts.ScriptKind.JSX;
  if (/\.[cm]?js$/.test(fileName)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** A unified diff of two texts of one file, three lines of context, for `--fix-dry-run`. */
export function unifiedDiff(label: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  // Common prefix and suffix first: fixes touch a few lines of long files.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const operations = lineDiff(a.slice(start, endA), b.slice(start, endB)).map((op) => ({ ...op, aLine: op.aLine + start, bLine: op.bLine + start }));
  const all: Array<{ kind: ' ' | '-' | '+'; text: string; aLine: number; bLine: number }> = [];
  for (let i = 0; i < start; i++) all.push({ kind: ' ', text: a[i], aLine: i, bLine: i });
  all.push(...operations);
  for (let i = endA, j = endB; i < a.length; i++, j++) all.push({ kind: ' ', text: a[i], aLine: i, bLine: j });
  const hunks: string[] = [];
  const changed = all.map((line, position) => (line.kind === ' ' ? -1 : position)).filter((position) => position >= 0);
  let group = 0;
  while (group < changed.length) {
    let end = group;
    // Changes closer than two contexts apart share a hunk.
    while (end + 1 < changed.length && changed[end + 1] - changed[end] <= 6) end++;
    const lines = all.slice(Math.max(0, changed[group] - 3), Math.min(all.length, changed[end] + 4));
    const aCount = lines.filter((line) => line.kind !== '+').length;
    const bCount = lines.filter((line) => line.kind !== '-').length;
    hunks.push(`@@ -${lines[0].aLine + 1},${aCount} +${lines[0].bLine + 1},${bCount} @@\n${lines.map((line) => `${line.kind}${line.text}`).join('\n')}`);
    group = end + 1;
  }
  return hunks.length === 0 ? '' : `--- a/${label}\n+++ b/${label}\n${hunks.join('\n')}\n`;
}

/** A line diff by longest common subsequence (the changed middle of a file is small). */
function lineDiff(a: string[], b: string[]): Array<{ kind: ' ' | '-' | '+'; text: string; aLine: number; bLine: number }> {
  if (a.length * b.length > 4_000_000) {
    return [...a.map((text, i) => ({ kind: '-' as const, text, aLine: i, bLine: 0 })), ...b.map((text, j) => ({ kind: '+' as const, text, aLine: a.length, bLine: j }))];
  }
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const out: Array<{ kind: ' ' | '-' | '+'; text: string; aLine: number; bLine: number }> = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ kind: ' ', text: a[i], aLine: i, bLine: j });
      i++;
      j++;
    } else if (i < a.length && (j >= b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      // Removed lines before added ones, as diff prints them.
      out.push({ kind: '-', text: a[i], aLine: i, bLine: j });
      i++;
    } else {
      out.push({ kind: '+', text: b[j], aLine: i, bLine: j });
      j++;
    }
  }
  return out;
}
