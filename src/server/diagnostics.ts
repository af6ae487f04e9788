import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { Finding, Range as FindingRange } from '../core/findings';

/** What a diagnostic carries back to code actions. */
export interface DiagnosticData {
  ruleId: string;
  fixes: Finding['fixes'];
}

const SEVERITY = { error: DiagnosticSeverity.Error, warn: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

export function toDiagnostic(finding: Finding): Diagnostic {
  const docs = ruleDocUri(finding.ruleId);
  return {
    range: toLspRange(finding.range),
    severity: SEVERITY[finding.severity],
    source: 'hotpath',
    code: finding.ruleId,
    ...(docs ? { codeDescription: { href: docs } } : {}),
    message: finding.message,
    relatedInformation: finding.related.map((related) => ({
      location: { uri: pathToFileURL(related.file).href, range: toLspRange(related.range) },
      message: related.message,
    })),
    data: { ruleId: finding.ruleId, fixes: finding.fixes } satisfies DiagnosticData,
  };
}

/** Findings are 1-based; LSP is 0-based. */
export function toLspRange(range: FindingRange) {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

const docCache = new Map<string, string | undefined>();

/** The rule's doc shipped beside the bundle (`rules/<id>.md`), as a file URI. */
export function ruleDocUri(ruleId: string): string | undefined {
  if (docCache.has(ruleId)) return docCache.get(ruleId);
  let found: string | undefined;
  for (let dir = __dirname, i = 0; i < 5 && !found; dir = path.dirname(dir), i++) {
    const candidate = path.join(dir, 'rules', `${ruleId}.md`);
    if (fs.existsSync(candidate)) found = pathToFileURL(candidate).href;
  }
  docCache.set(ruleId, found);
  return found;
}
