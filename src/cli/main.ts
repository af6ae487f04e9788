import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ALL_RULES } from '../../rules';
import { ConfigError, parseRuleOverride } from '../core/config';
import type { Limits, ScanResult } from '../core/engine';
import { DEFAULT_LIMITS, scan } from '../core/engine';
import { fixFile, unifiedDiff } from '../core/fixes';
import { startLanguageServer } from '../server/server';
import type { SeveritySetting } from '../core/findings';
import { formatGithub } from './formats/github';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatStylish } from './formats/stylish';
import type { Formatter } from './formats/types';

declare const HOTPATH_VERSION: string | undefined;
const VERSION = typeof HOTPATH_VERSION === 'string' ? HOTPATH_VERSION : '0.0.0-dev';

const FORMATTERS: Record<string, Formatter> = { stylish: formatStylish, json: formatJson, sarif: formatSarif, github: formatGithub };

/** Exit codes: the contract CI relies on. */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

const USAGE = `Usage: hotpath scan [paths...] [options]
       hotpath lsp --stdio

Finds backend performance anti-patterns (N+1 queries and more) in TypeScript and JavaScript.

Options:
  --format <stylish|json|sarif|github>  output format (default: stylish)
  --output <file>                        write the report to a file instead of stdout
  --config <file>                        hotpath.json to use (default: <root>/hotpath.json)
  --rule <id=severity>                   override a rule's severity (error, warn, info, off); repeatable
  --max-warnings <n>                     exit 1 when there are more than n warnings
  --fix                                  apply every safe fix, then scan again and report what is left
  --fix-dry-run                          print the fixes as a unified diff; change nothing
  --strict                               exit 2 when a rule fails on a file (its findings there are missing)
  --max-file-size <size>                 skip larger files, e.g. 500kb, 2mb (default: 1mb)
  --file-timeout <seconds>               skip a file whose analysis takes longer (default: 60; 0: no limit)
  --scan-timeout <seconds>               stop analysing files after this long (default: 3600; 0: no limit)
  -h, --help                             show this help
  -v, --version                          show the version

Exit codes: 0 no errors and warnings within --max-warnings; 1 findings over that; 2 usage, configuration or internal error
(and, with --strict, a rule that failed). Files hotpath cannot analyse are skipped with a notice, never an error.
Rules: ${ALL_RULES.map((rule) => rule.meta.id).join(', ')}
`;

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
}

class UsageError extends Error {}

/** The exit code, or undefined when the command keeps running (the language server). */
export function run(argv: string[], io: CliIo): number | undefined {
  try {
    return runCommand(argv, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`hotpath: configuration error in ${error.message}\n`);
      return EXIT.error;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`hotpath: ${error.message}\n\n${USAGE}`);
      return EXIT.error;
    }
    io.stderr.write(`hotpath: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.error;
  }
}

function runCommand(argv: string[], io: CliIo): number | undefined {
  if (argv[0] === 'lsp') {
    // `hotpath lsp --stdio`: the language server for any LSP editor; it runs until the client exits.
    startLanguageServer();
    return undefined;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        output: { type: 'string' },
        config: { type: 'string' },
        rule: { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        strict: { type: 'boolean' },
        'max-file-size': { type: 'string' },
        'file-timeout': { type: 'string' },
        'scan-timeout': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (values.help || positionals.length === 0) {
    io.stdout.write(USAGE);
    return positionals.length === 0 && !values.help ? EXIT.error : EXIT.ok;
  }
  const [command, ...paths] = positionals;
  if (command !== 'scan') throw new UsageError(`unknown command "${command}"`);
  const formatter = FORMATTERS[values.format ?? 'stylish'];
  if (!formatter) throw new UsageError(`unknown format "${values.format}"; use stylish, json, sarif or github`);
  const maxWarnings = values['max-warnings'] === undefined ? Number.POSITIVE_INFINITY : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) && maxWarnings !== Number.POSITIVE_INFINITY) {
    throw new UsageError(`--max-warnings expects a whole number, got "${values['max-warnings']}"`);
  }
  const limits: Limits = {
    maxFileBytes: values['max-file-size'] === undefined ? DEFAULT_LIMITS.maxFileBytes : parseSize(values['max-file-size']),
    fileTimeoutMs: values['file-timeout'] === undefined ? DEFAULT_LIMITS.fileTimeoutMs : parseSeconds('--file-timeout', values['file-timeout']),
    scanTimeoutMs: values['scan-timeout'] === undefined ? DEFAULT_LIMITS.scanTimeoutMs : parseSeconds('--scan-timeout', values['scan-timeout']),
  };
  const ruleOverrides: Record<string, SeveritySetting> = {};
  for (const text of values.rule ?? []) {
    const [id, severity] = parseRuleOverride(text, ALL_RULES.map((rule) => rule.meta.id));
    ruleOverrides[id] = severity;
  }

  const absolutePaths = paths.map((p) => path.resolve(io.cwd, p));
  for (const p of absolutePaths) {
    if (!fs.existsSync(p)) throw new UsageError(`no such file or folder: ${p}`);
  }
  // One folder: it is the project root. Otherwise the current folder is, and the paths select files.
  const singleFolder = absolutePaths.length === 1 && fs.statSync(absolutePaths[0]).isDirectory();
  const root = singleFolder ? absolutePaths[0] : io.cwd;
  const showProgress = io.stderr.isTTY === true;
  const runScan = (): ScanResult => {
    const scanned = scan({
      root,
      paths: singleFolder ? [] : absolutePaths,
      configFile: values.config ? path.resolve(io.cwd, values.config) : undefined,
      ruleOverrides,
      limits,
      onProgress: showProgress
        ? (done, total, file) => io.stderr.write(`\r\u001b[2K[${done}/${total}] ${path.relative(root, file)}`.slice(0, 200))
        : undefined,
    });
    if (showProgress) io.stderr.write('\r\u001b[2K');
    return scanned;
  };
  let result = runScan();
  if (values['fix-dry-run']) {
    io.stdout.write(fixedFiles(result).map(({ file, before, after }) => unifiedDiff(path.relative(root, file), before, after)).join(''));
    reportProblems(result, io);
    return exitCode(result, maxWarnings, values.strict === true);
  }
  if (values.fix) {
    const fixed = fixedFiles(result);
    for (const { file, after } of fixed) fs.writeFileSync(file, after);
    const applied = fixed.reduce((sum, { applied: count }) => sum + count, 0);
    if (applied > 0) {
      io.stderr.write(`hotpath: applied ${applied} fix${applied === 1 ? '' : 'es'} in ${fixed.length} file${fixed.length === 1 ? '' : 's'}\n`);
      result = runScan();
    }
  }

  const toFile = values.output !== undefined;
  const color = !toFile && io.stdout.isTTY === true && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '');
  const report = formatter(result, { color, version: VERSION, cwd: io.cwd });
  if (toFile) fs.writeFileSync(path.resolve(io.cwd, values.output!), report);
  else io.stdout.write(report);
  reportProblems(result, io);
  return exitCode(result, maxWarnings, values.strict === true);
}

/** `500kb`, `2mb`, `1500000`: a size in bytes. */
function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m)?$/i.exec(text.trim());
  if (!match || Number(match[1]) <= 0) throw new UsageError(`--max-file-size expects a size such as 500kb or 2mb, got "${text}"`);
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  return Math.round(Number(match[1]) * (unit === 'm' ? 1_000_000 : unit === 'k' ? 1_000 : 1));
}

function parseSeconds(option: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) throw new UsageError(`${option} expects a number of seconds (0: no limit), got "${text}"`);
  return Math.round(value * 1000);
}

/** Each file with fixes, before and after its fixes (the first fix of each finding, non-overlapping). */
function fixedFiles(result: ScanResult): Array<{ file: string; before: string; after: string; applied: number }> {
  const files = [...new Set(result.findings.filter((finding) => finding.fixes.length > 0).map((finding) => finding.file))];
  const out: Array<{ file: string; before: string; after: string; applied: number }> = [];
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    const before = bytes.toString('utf8');
    // Writing back would replace bytes that are not UTF-8 (or UTF-16 text) with U+FFFD: such files are left alone.
    if (!Buffer.from(before, 'utf8').equals(bytes)) continue;
    const { text: after, applied } = fixFile(before, file, result.findings);
    if (applied > 0 && after !== before) out.push({ file, before, after, applied });
  }
  return out;
}

function reportProblems(result: ScanResult, io: CliIo): void {
  for (const notice of result.notices) io.stderr.write(`hotpath: ${notice}\n`);
  // The same error of a rule on many files is one problem: said once, with the files it hit.
  const byError = new Map<string, string[]>();
  for (const failure of result.failures) {
    const key = `${failure.ruleId}\0${failure.error.split('\n')[0]}`;
    byError.set(key, [...(byError.get(key) ?? []), path.relative(result.root, failure.file)]);
  }
  for (const [key, files] of byError) {
    const [ruleId, error] = key.split('\0');
    const where = files.length === 1 ? files[0] : `${files.length} files (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''})`;
    io.stderr.write(`hotpath: rule ${ruleId} failed on ${where}: ${error}; its findings there are missing\n`);
  }
}

function exitCode(result: ScanResult, maxWarnings: number, strict: boolean): number {
  if (strict && result.failures.length > 0) return EXIT.error;
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.filter((f) => f.severity === 'warn').length;
  return errors > 0 || warnings > maxWarnings ? EXIT.findings : EXIT.ok;
}

if (require.main === module) {
  const code = run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
  if (code !== undefined) process.exitCode = code;
}
