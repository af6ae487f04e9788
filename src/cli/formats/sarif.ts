import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toRelative } from '../../core/engine';
import type { Finding, Severity } from '../../core/findings';
import type { Formatter } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warn: 'warning', info: 'note' };
const ROOT = 'ROOT';

/** SARIF 2.1.0, one run, as GitHub code scanning and other SARIF viewers ingest it. */
export const formatSarif: Formatter = (result, { version }) => {
  const ruleIndex = new Map(result.rules.map((rule, index) => [rule.id, index]));
  const lineHashes = new Map<string, number>();
  const fileLines = new Map<string, string[]>();
  const lineText = (finding: Finding): string => {
    let lines = fileLines.get(finding.file);
    if (!lines) {
      try {
        lines = fs.readFileSync(finding.file, 'utf8').split('\n');
      } catch {
        lines = []; // The file vanished since the scan: the location alone still identifies it.
      }
      fileLines.set(finding.file, lines);
    }
    return lines[finding.range.start.line - 1]?.trim() ?? '';
  };
  const location = (file: string, range: Finding['range']) => ({
    physicalLocation: {
      artifactLocation: { uri: encodeURI(toRelative(result.root, file)), uriBaseId: ROOT },
      region: {
        startLine: range.start.line,
        startColumn: range.start.column,
        endLine: range.end.line,
        endColumn: range.end.column,
      },
    },
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'hotpath',
            version,
            semanticVersion: version,
            informationUri: pathToFileURL(path.resolve(__dirname, '..', 'README.md')).href,
            rules: result.rules.map((rule) => ({
              id: rule.id,
              name: pascalCase(rule.id),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.help },
              help: { text: rule.help, markdown: rule.help },
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              properties: { tags: ['performance'], precision: 'high', 'problem.severity': 'warning' },
            })),
          },
        },
        originalUriBaseIds: { [ROOT]: { uri: pathToFileURL(result.root + path.sep).href } },
        invocations: [
          {
            executionSuccessful: result.failures.length === 0,
            toolExecutionNotifications: [
              ...result.skipped.map((skipped) => ({
                level: 'note',
                message: { text: `Skipped: ${skipped.reason}` },
                locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(toRelative(result.root, skipped.file)), uriBaseId: ROOT } } }],
              })),
              ...result.failures.map((failure) => ({
                level: 'error',
                message: { text: `Rule ${failure.ruleId} failed: ${failure.error.split('\n')[0]}` },
                locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(toRelative(result.root, failure.file)), uriBaseId: ROOT } } }],
              })),
            ],
          },
        ],
        results: result.findings.map((finding) => {
          const fingerprint = lineFingerprint(finding, lineText(finding), lineHashes);
          return {
            ruleId: finding.ruleId,
            ruleIndex: ruleIndex.get(finding.ruleId) ?? 0,
            level: LEVEL[finding.severity],
            message: { text: finding.message },
            locations: [location(finding.file, finding.range)],
            relatedLocations: finding.related.map((related, index) => ({
              id: index + 1,
              ...location(related.file, related.range),
              message: { text: related.message },
            })),
            partialFingerprints: { primaryLocationLineHash: fingerprint },
          };
        }),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
};

function pascalCase(id: string): string {
  return id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
}

/** Stable across unrelated edits: the rule, the file and the text of the line, plus an occurrence count. */
function lineFingerprint(finding: Finding, lineText: string, seen: Map<string, number>): string {
  const hash = createHash('sha256').update(`${finding.ruleId}\0${path.basename(finding.file)}\0${lineText.replace(/\s+/g, ' ')}`).digest('hex').slice(0, 16);
  const occurrence = (seen.get(hash) ?? 0) + 1;
  seen.set(hash, occurrence);
  return `${hash}:${occurrence}`;
}
