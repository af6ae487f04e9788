import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { ts } from './ts';
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

/** A configuration problem: names the file, the key and its line, so the user can fix it. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    readonly problem: string,
    /** 1-based, when the problem has a place in the file. */
    readonly line?: number,
  ) {
    super(`${file}: ${key ? `${key}: ` : ''}${problem}${line !== undefined && !/ at line \d+/.test(problem) ? ` (line ${line})` : ''}`);
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
    const { message, line } = describeJsonError(text, error as Error);
    throw new ConfigError(file, '', `is not valid JSON: ${message}`, line);
  }
  if (!validate(raw)) {
    const error = mostUsefulError(validate.errors ?? []);
    throw new ConfigError(file, keyName(error.path), error.message, lineOfKey(text, error.path));
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

function describeJsonError(text: string, error: Error): { message: string; line?: number } {
  const match = /position (\d+)/.exec(error.message);
  if (!match) return { message: error.message };
  const offset = Number(match[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { message: `${error.message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`, line };
}

/** `rules.query-in-loop`; a part that holds a dot or a slash is quoted: `libraries."./src/db".run`. */
function keyName(keyPath: readonly string[]): string {
  return keyPath.map((part) => (/^[\w-]+$/.test(part) ? part : JSON.stringify(part))).join('.') || '(top level)';
}

/** The line of a key (path segments from the top) in the JSON text: of its deepest part that exists. */
function lineOfKey(text: string, keyPath: readonly string[]): number | undefined {
  const json = ts.parseJsonText(CONFIG_FILE_NAME, text);
  let node: ts.Node | undefined = json.statements[0]?.expression;
  let found: ts.Node | undefined = node;
  for (const segment of keyPath) {
    if (node && ts.isObjectLiteralExpression(node)) {
      const property: ts.ObjectLiteralElementLike | undefined = node.properties.find((p) => p.name !== undefined && (ts.isStringLiteral(p.name) || ts.isIdentifier(p.name)) && p.name.text === segment);
      found = property ?? found;
      node = property && ts.isPropertyAssignment(property) ? property.initializer : undefined;
    } else if (node && ts.isArrayLiteralExpression(node)) {
      node = node.elements[Number(segment)];
      found = node ?? found;
    } else break;
  }
  return found ? json.getLineAndCharacterOfPosition(found.getStart(json)).line + 1 : undefined;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Ajv reports every branch of a oneOf; say the one thing the user needs to change, and where. */
function mostUsefulError(errors: AjvError[]): { path: string[]; message: string } {
  const pathOf = (e: AjvError) => e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const unknownProperty = errors.find((e) => e.keyword === 'additionalProperties' && e.instancePath === '');
  if (unknownProperty) {
    return { path: [String(unknownProperty.params.additionalProperty)], message: 'unknown key; allowed keys: rules, include, exclude, tests, libraries' };
  }
  const propertyName = errors.find((e) => e.keyword === 'propertyNames');
  if (propertyName) {
    const parent = pathOf(propertyName);
    const name = String(propertyName.params.propertyName);
    if (parent.join('.') === 'rules') return { path: ['rules', name], message: `unknown rule "${name}"; known rules: ${(schema.properties.rules.propertyNames.enum as string[]).join(', ')}` };
    return { path: [...parent, name], message: 'is not a valid export name (use `name`, `name.method` or `name.*`)' };
  }
  const ruleSetting = errors.find((e) => /^\/rules\//.test(e.instancePath));
  if (ruleSetting) {
    return { path: pathOf(ruleSetting).slice(0, 2), message: 'must be "error", "warn", "info", "off", or [severity, { options }]' };
  }
  const first = errors[0];
  if (!first) return { path: [], message: 'is not valid' };
  if (first.keyword === 'enum') {
    return { path: pathOf(first), message: `must be one of ${(first.params.allowedValues as string[]).map((v) => JSON.stringify(v)).join(', ')}` };
  }
  return { path: pathOf(first), message: first.message ?? 'is not valid' };
}
