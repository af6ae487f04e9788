import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import schema from '../../schema/hotpath.schema.json';
import type { Severity, SeveritySetting } from './findings';
import type { LibrarySpec, MemberSpec, OperationKind } from './libraries/model';

export const CONFIG_FILE_NAME = 'hotpath.json';

export interface RuleSettings {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

export interface HotpathConfig {
  /** The file it was read from, if any. */
  file?: string;
  rules: Record<string, RuleSettings>;
  include: string[];
  exclude: string[];
  /** Analyse test files too (they are skipped by default). */
  tests: boolean;
  /** User-declared I/O functions, in the library model's own shape. */
  libraries: LibrarySpec[];
}

/** A configuration problem: names the file and the key, so the user can fix it. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    readonly problem: string,
  ) {
    super(`${file}: ${key ? `${key}: ` : ''}${problem}`);
    this.name = 'ConfigError';
  }
}

export const DEFAULT_CONFIG: HotpathConfig = { rules: {}, include: [], exclude: [], tests: false, libraries: [] };

const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/**
 * Reads hotpath.json: the explicit file when given, otherwise `<root>/hotpath.json` when present.
 * JSON only: configuration never executes workspace code.
 */
export function loadConfig(root: string, explicitFile?: string): HotpathConfig {
  const file = explicitFile ? path.resolve(explicitFile) : path.join(root, CONFIG_FILE_NAME);
  if (!fs.existsSync(file)) {
    if (explicitFile) throw new ConfigError(file, '', 'file not found');
    return DEFAULT_CONFIG;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, '', `cannot be read (${(error as Error).message})`);
  }
  return parseConfig(text, file, path.dirname(file));
}

export function parseConfig(text: string, file: string, projectRoot: string): HotpathConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(file, '', `is not valid JSON: ${describeJsonError(text, error as Error)}`);
  }
  if (!validate(raw)) {
    const error = mostUsefulError(validate.errors ?? []);
    throw new ConfigError(file, error.key, error.message);
  }
  const value = raw as {
    rules?: Record<string, SeveritySetting | [SeveritySetting, Record<string, unknown>?]>;
    include?: string[];
    exclude?: string[];
    tests?: boolean;
    libraries?: Record<string, Record<string, OperationKind>>;
  };
  const rules: Record<string, RuleSettings> = {};
  for (const [id, setting] of Object.entries(value.rules ?? {})) {
    rules[id] = Array.isArray(setting) ? { severity: setting[0], options: setting[1] ?? {} } : { severity: setting, options: {} };
  }
  return {
    file,
    rules,
    include: value.include ?? [],
    exclude: value.exclude ?? [],
    tests: value.tests ?? false,
    libraries: Object.entries(value.libraries ?? {}).map(([module, functions]) => customLibrary(module, functions, projectRoot)),
  };
}

/** `--rule id=severity` from the command line, validated like the file. */
export function parseRuleOverride(text: string, knownRules: readonly string[]): [string, Severity | 'off'] {
  const match = /^([\w-]+)=(error|warn|info|off)$/.exec(text.trim());
  if (!match) throw new ConfigError('--rule', text, 'expected <rule-id>=<error|warn|info|off>');
  if (!knownRules.includes(match[1])) {
    throw new ConfigError('--rule', match[1], `unknown rule; known rules: ${knownRules.join(', ')}`);
  }
  return [match[1], match[2] as Severity | 'off'];
}

/**
 * Turns `"./src/db": { "runQuery": "query", "db.run": "query", "db.*": "query" }` into a library spec,
 * so user functions are resolved exactly like built-in ones.
 */
function customLibrary(module: string, functions: Record<string, OperationKind>, projectRoot: string): LibrarySpec {
  const id = `custom:${module}`;
  const exports: LibrarySpec['exports'] = {};
  const kinds: LibrarySpec['kinds'] = {};
  for (const [key, op] of Object.entries(functions)) {
    const [exportName, member] = key.split('.');
    const kindName = `${id}#${exportName}`;
    exports[exportName] = { value: kindName, instance: kindName };
    const kind = (kinds[kindName] ??= {});
    const spec: MemberSpec = { op, ...(op === 'batch' ? {} : { batchedWhen: ['in-list', 'sql-in-list'] }), sqlArgument: 0 };
    if (!member) kind.call = spec;
    else if (member === '*') kind.anyMember = spec;
    else (kind.members ??= {})[member] = spec;
  }
  const isPath = module.startsWith('.') || path.isAbsolute(module);
  return {
    id,
    displayName: module,
    target: 'your data layer',
    modules: [isPath ? path.resolve(projectRoot, module) : module],
    exports: { ...exports, default: exports.default ?? { namespace: true }, '*': { namespace: true } },
    kinds,
    batchAdvice: 'load all rows at once with one in-list query before the loop and look them up in a Map',
  };
}

function describeJsonError(text: string, error: Error): string {
  const match = /position (\d+)/.exec(error.message);
  if (!match) return error.message;
  const offset = Number(match[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${error.message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Ajv reports every branch of a oneOf; say the one thing the user needs to change. */
function mostUsefulError(errors: AjvError[]): { key: string; message: string } {
  const keyOf = (e: AjvError) => e.instancePath.replace(/^\//, '').split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
  const unknownProperty = errors.find((e) => e.keyword === 'additionalProperties' && e.instancePath === '');
  if (unknownProperty) {
    return { key: String(unknownProperty.params.additionalProperty), message: 'unknown key; allowed keys: rules, include, exclude, tests, libraries' };
  }
  const propertyName = errors.find((e) => e.keyword === 'propertyNames');
  if (propertyName) {
    const parent = keyOf(propertyName);
    const name = String(propertyName.params.propertyName);
    if (parent === 'rules') return { key: `rules.${name}`, message: `unknown rule "${name}"; known rules: ${(schema.properties.rules.propertyNames.enum as string[]).join(', ')}` };
    return { key: `${parent}.${name}`, message: 'is not a valid export name (use `name`, `name.method` or `name.*`)' };
  }
  const ruleSetting = errors.find((e) => /^\/rules\//.test(e.instancePath));
  if (ruleSetting) {
    return { key: keyOf(ruleSetting).replace(/\.\d+$/, ''), message: 'must be "error", "warn", "info", "off", or [severity, { options }]' };
  }
  const first = errors[0];
  if (!first) return { key: '', message: 'is not valid' };
  if (first.keyword === 'enum') {
    return { key: keyOf(first), message: `must be one of ${(first.params.allowedValues as string[]).map((v) => JSON.stringify(v)).join(', ')}` };
  }
  return { key: keyOf(first) || '(top level)', message: first.message ?? 'is not valid' };
}
