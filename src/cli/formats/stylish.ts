import { toRelative } from '../../core/engine';
import type { Finding } from '../../core/findings';
import type { Formatter } from './types';

const SEVERITY_LABEL = { error: 'error', warn: 'warning', info: 'info' } as const;

/** Grouped by file, like ESLint's stylish: the default for people reading a terminal. */
export const formatStylish: Formatter = (result, { color }) => {
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  for (const [file, findings] of byFile) {
    lines.push(paint('4', toRelative(result.root, file)));
    for (const finding of findings) {
      const where = `${finding.range.start.line}:${finding.range.start.column}`.padEnd(8);
      const severity = SEVERITY_LABEL[finding.severity];
      const painted = paint(finding.severity === 'error' ? '31' : finding.severity === 'warn' ? '33' : '36', severity.padEnd(8));
      lines.push(`  ${paint('2', where)}${painted}${finding.message}  ${paint('2', finding.ruleId)}`);
      for (const related of finding.related) {
        const at = `${toRelative(result.root, related.file)}:${related.range.start.line}:${related.range.start.column}`;
        lines.push(paint('2', `          ↳ ${related.message} (${at})`));
      }
    }
    lines.push('');
  }
  for (const skipped of result.skipped) {
    lines.push(paint('2', `skipped ${toRelative(result.root, skipped.file)}: ${skipped.reason}`));
  }
  if (result.skipped.length > 0) lines.push('');
  const counts = { error: 0, warn: 0, info: 0 };
  const byRule = new Map<string, number>();
  for (const finding of result.findings) {
    counts[finding.severity]++;
    byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
  }
  const total = result.findings.length;
  const seconds = (result.stats.durationMs / 1000).toFixed(1);
  if (total === 0) {
    lines.push(paint('32', `✔ no problems in ${result.stats.files} files (${seconds}s)`));
  } else {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warn} warning${counts.warn === 1 ? '' : 's'}, ${counts.info} info) in ${result.stats.files} files (${seconds}s)`;
    lines.push(paint(counts.error > 0 ? '31;1' : '33;1', summary));
    for (const [ruleId, count] of [...byRule].sort((a, b) => b[1] - a[1])) lines.push(`  ${ruleId}: ${count}`);
  }
  return lines.join('\n') + '\n';
};
