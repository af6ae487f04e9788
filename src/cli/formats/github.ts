import * as path from 'node:path';
import type { Formatter } from './types';

const COMMAND = { error: 'error', warn: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands: annotations on the pull request's diff. */
export const formatGithub: Formatter = (result, { cwd }) => {
  const lines = result.findings.map((finding) => {
    const file = path.relative(cwd, finding.file).split(path.sep).join('/');
    const { start, end } = finding.range;
    const properties = [
      `file=${escapeProperty(file)}`,
      `line=${start.line}`,
      `col=${start.column}`,
      `endLine=${end.line}`,
      ...(start.line === end.line ? [`endColumn=${end.column}`] : []),
      `title=${escapeProperty(`hotpath(${finding.ruleId})`)}`,
    ];
    return `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}`;
  });
  for (const skipped of result.skipped) {
    const file = path.relative(cwd, skipped.file).split(path.sep).join('/');
    lines.push(`::notice file=${escapeProperty(file)},title=hotpath skipped a file::${escapeData(skipped.reason)}`);
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
