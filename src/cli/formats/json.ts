import { toRelative } from '../../core/engine';
import type { Formatter } from './types';

/** The stable machine-readable contract: version 1. */
export const formatJson: Formatter = (result) => {
  const relative = (file: string) => toRelative(result.root, file);
  return (
    JSON.stringify(
      {
        version: 1,
        root: result.root,
        findings: result.findings.map((finding) => ({
          ruleId: finding.ruleId,
          severity: finding.severity,
          file: relative(finding.file),
          range: finding.range,
          message: finding.message,
          related: finding.related.map((related) => ({ file: relative(related.file), range: related.range, message: related.message })),
          fixes: finding.fixes.map((fix) => ({
            title: fix.title,
            edits: fix.edits.map((edit) => ({ file: relative(edit.file), start: edit.start, end: edit.end, newText: edit.newText })),
          })),
        })),
        skipped: result.skipped.map((skipped) => ({ file: relative(skipped.file), reason: skipped.reason })),
        stats: { files: result.stats.files, lines: result.stats.lines, durationMs: Math.round(result.stats.durationMs) },
      },
      null,
      2,
    ) + '\n'
  );
};
