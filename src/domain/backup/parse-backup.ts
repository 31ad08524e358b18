// Reading a backup file: text in, a validated backup or one clear message out. Never throws.
//
// The checks run cheapest first, so a hostile file costs little: size (before anything is
// parsed), a syntax and nesting scan (no objects built, so deep nesting cannot overflow the
// stack), JSON.parse with a reviver that notes prototype keys, the format tag and version,
// migrations from older versions, and the strict schema of the current version.
import type * as z from 'zod/mini';
import {
  BACKUP_FORMAT,
  MAX_BACKUP_BYTES,
  MAX_DEPTH,
  MigrationProblem,
  backupSchema,
  latestVersion,
  migrateBackup,
  type Backup,
  type JsonObject,
} from './backup-schema';

export interface ParseBackupContext {
  now: number;
  questionIds: ReadonlySet<string>;
  /** Largest accepted size in UTF-8 bytes; MAX_BACKUP_BYTES (50 MB) unless given. */
  maxBytes?: number;
}

export type ParseBackupResult =
  | { ok: true; backup: Backup; /** The file's version before migration. */ fromVersion: number }
  | {
      ok: false;
      /** The first problem (`attempts[12].rating: expected 1-4`) and how many more there are. */
      error: string;
      /** Every problem found, up to MAX_PROBLEMS, each as `where: why`. */
      problems: string[];
    };

export const MAX_PROBLEMS = 20;

/** Keys that could reach an object's prototype when the data is later copied or merged. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function parseBackup(text: string, context: ParseBackupContext): ParseBackupResult {
  try {
    return parse(text, context);
  } catch (error) {
    return failure([`file: could not be read (${error instanceof Error ? error.message : String(error)})`]);
  }
}

function parse(text: string, context: ParseBackupContext): ParseBackupResult {
  if (typeof text !== 'string') return failure(['file: expected text']);
  const maxBytes = context.maxBytes ?? MAX_BACKUP_BYTES;
  if (exceedsUtf8Bytes(text, maxBytes)) return failure([`file: larger than the ${formatBytes(maxBytes)} limit`]);

  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a byte order mark some editors add
  if (/^\s*$/.test(body)) return failure(['file: empty']); // a regex stops at the first character, trim() would copy 50 MB

  const syntax = scanJson(body, MAX_DEPTH);
  if (syntax) {
    const { line, column } = lineColumn(body, syntax.index);
    const at = `line ${line}, column ${column}`;
    if (syntax.kind === 'depth') return failure([`file: nested deeper than ${MAX_DEPTH} levels at ${at}`]);
    if (syntax.kind === 'end') return failure([`file: not valid JSON: it ends too early at ${at} (truncated?)`]);
    return failure([`file: not valid JSON at ${at}: ${syntax.reason}`]);
  }

  const forbidden: { holder: object; key: string }[] = [];
  const root: unknown = JSON.parse(body, function (this: object, key: string, value: unknown) {
    // JSON.parse defines such keys as plain own properties, so nothing is polluted yet; they
    // are refused below, before any of the data is used.
    if (FORBIDDEN_KEYS.has(key) && forbidden.length < 100) forbidden.push({ holder: this, key });
    return value;
  });
  if (forbidden.length > 0) return failure(forbiddenKeyProblems(root, forbidden));

  if (!isObject(root)) return failure([`file: expected a JSON object, got ${describe(root)}`]);
  if (root.format === undefined) return failure(['format: missing (this is not a Bridge backup)']);
  if (root.format !== BACKUP_FORMAT) return failure([`format: expected "${BACKUP_FORMAT}", got ${describe(root.format)}`]);

  const version = root.version;
  const latest = latestVersion();
  if (version === undefined) return failure(['version: missing']);
  if (typeof version !== 'number' || !Number.isInteger(version)) return failure([`version: expected a whole number, got ${describe(version)}`]);
  if (version < 1) return failure([`version: expected at least 1, got ${version}`]);
  if (version > latest) {
    return failure([`version: made by a newer Bridge (backup version ${version}, this app reads up to ${latest}): update the app first`]);
  }

  let migrated: JsonObject;
  try {
    migrated = migrateBackup(root, version);
  } catch (error) {
    if (error instanceof MigrationProblem) return failure([`${formatPath(error.path)}: ${error.reason}`]);
    return failure([`version: could not bring version ${version} up to date (${error instanceof Error ? error.message : String(error)})`]);
  }

  const result = backupSchema({ now: context.now, questionIds: context.questionIds }).safeParse(migrated, { reportInput: true });
  if (!result.success) return failure(result.error.issues.flatMap(describeIssue));
  return { ok: true, backup: result.data satisfies Backup, fromVersion: version };
}

function failure(problems: string[]): ParseBackupResult {
  const more = problems.length - 1;
  const error = more > 0 ? `${problems[0]} (and ${more} more problem${more === 1 ? '' : 's'})` : problems[0];
  return { ok: false, error, problems: problems.slice(0, MAX_PROBLEMS) };
}

// ---------------------------------------------------------------------------------------------
// Size

/**
 * Whether the text is longer than `limit` bytes in UTF-8, without encoding it. Every UTF-16
 * unit takes 1 to 3 bytes (a surrogate pair, two units, takes 4), so most texts are decided by
 * their length alone; only the rest are counted, stopping as soon as the limit is passed.
 */
export function exceedsUtf8Bytes(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > limit) return true;
  }
  return false;
}

function formatBytes(bytes: number): string {
  const mb = 1024 * 1024;
  return bytes % mb === 0 ? `${bytes / mb} MB` : `${bytes}-byte`;
}

// ---------------------------------------------------------------------------------------------
// Syntax and nesting

type ScanError = { kind: 'depth' | 'end' | 'syntax'; index: number; reason: string };

const STRING_RUN = /[^"\\\u0000-\u001f]*/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
/** The start of an escape cut off by the end of the text. */
const PARTIAL_ESCAPE = /^\\(?:u[0-9a-fA-F]{0,3})?$/;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const WORDS = ['true', 'false', 'null'] as const;

/**
 * Checks that the text is one JSON value nested at most `maxDepth` levels, and says where it is
 * not. Recursion stops at `maxDepth`, so any input is safe to scan.
 */
function scanJson(text: string, maxDepth: number): ScanError | null {
  const n = text.length;
  let i = 0;
  const fail = (reason: string, kind: ScanError['kind'] = 'syntax'): ScanError => ({ kind, index: i, reason });
  const end = (): ScanError => ({ kind: 'end', index: n, reason: 'ends too early' });

  function skipSpace() {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
    }
  }

  function string(): ScanError | null {
    i++; // the opening quote
    for (;;) {
      STRING_RUN.lastIndex = i;
      STRING_RUN.test(text);
      i = STRING_RUN.lastIndex;
      if (i >= n) return end();
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c !== 0x5c) return fail('control character inside a string (write it as an escape)');
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) return PARTIAL_ESCAPE.test(text.slice(i, i + 6)) ? end() : fail('invalid escape in a string');
      i = ESCAPE.lastIndex;
    }
  }

  function value(depth: number): ScanError | null {
    skipSpace();
    if (i >= n) return end();
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      const isObject = c === 0x7b;
      if (depth >= maxDepth) return fail('nested too deep', 'depth');
      const close = isObject ? 0x7d : 0x5d;
      i++;
      skipSpace();
      if (i >= n) return end();
      if (text.charCodeAt(i) === close) {
        i++;
        return null;
      }
      for (;;) {
        if (isObject) {
          skipSpace();
          if (i >= n) return end();
          if (text.charCodeAt(i) !== 0x22) return fail('expected a property name in double quotes');
          const bad = string();
          if (bad) return bad;
          skipSpace();
          if (i >= n) return end();
          if (text.charCodeAt(i) !== 0x3a) return fail("expected ':' after a property name");
          i++;
        }
        const bad = value(depth + 1);
        if (bad) return bad;
        skipSpace();
        if (i >= n) return end();
        const next = text.charCodeAt(i);
        if (next === 0x2c) i++;
        else if (next === close) {
          i++;
          return null;
        } else return fail(isObject ? "expected ',' or '}'" : "expected ',' or ']'");
      }
    }
    if (c === 0x22) return string();
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return i + 1 >= n ? end() : fail('invalid number');
      i = NUMBER.lastIndex;
      return null;
    }
    for (const word of WORDS) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
      if (n - i < word.length && word.startsWith(text.slice(i))) return end();
    }
    return fail(`unexpected character ${JSON.stringify(text.slice(i, i + 1))}`);
  }

  const bad = value(0);
  if (bad) return bad;
  skipSpace();
  return i < n ? fail('unexpected text after the end of the data') : null;
}

/** 1-based line and column (in UTF-16 units) of a position in the text. */
function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < index; nl = text.indexOf('\n', nl + 1)) {
    line++;
    start = nl + 1;
  }
  return { line, column: index - start + 1 };
}

// ---------------------------------------------------------------------------------------------
// Prototype keys

/** `where: forbidden key` for each forbidden key, outermost first (document order among equals). */
function forbiddenKeyProblems(root: unknown, found: readonly { holder: object; key: string }[]): string[] {
  const paths = new Map<object, PropertyKey[]>();
  const wanted = new Set(found.map((f) => f.holder));
  // The reviver's last call has the wrapper object as holder: `{ "": root }`.
  (function walk(value: unknown, path: PropertyKey[]) {
    if (typeof value !== 'object' || value === null) return;
    if (wanted.has(value) && !paths.has(value)) paths.set(value, path);
    for (const key of Object.keys(value)) {
      walk((value as Record<string, unknown>)[key], [...path, Array.isArray(value) ? Number(key) : key]);
    }
  })(root, []);
  const located = found
    .map((f) => [...(paths.get(f.holder) ?? []), f.key])
    .sort((a, b) => a.length - b.length);
  // A forbidden key inside another one's value is the same problem: report the outer one.
  const outer = located.filter((path, i) => !located.slice(0, i).some((o) => o.length < path.length && o.every((s, k) => s === path[k])));
  return outer.map((path) => `${formatPath(path)}: forbidden key`);
}

// ---------------------------------------------------------------------------------------------
// Messages

/**
 * `attempts[12].rating` for Zod's ['data', 'attempts', 12, 'rating']: the `data.` prefix that
 * every table has is left out; the whole file is `file`.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  const segments = path.length > 1 && path[0] === 'data' ? path.slice(1) : path;
  if (segments.length === 0) return 'file';
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** A short description of a value for a message: `string "NaN"`, `null`, `-2.5`, `an object`. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const NOUNS: Record<string, string> = {
  int: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

function expectedValues(values: readonly unknown[]): string {
  const numbers = values.every((v): v is number => typeof v === 'number') ? [...values].sort((a, b) => a - b) : null;
  if (numbers && numbers.length > 2 && numbers.every((v, i) => i === 0 || v === numbers[i - 1] + 1)) {
    return `expected ${numbers[0]}-${numbers.at(-1)}`;
  }
  if (values.length === 1) return `expected ${JSON.stringify(values[0])}`;
  return `expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
}

function sizeOf(value: unknown): number | null {
  return typeof value === 'string' || Array.isArray(value) ? value.length : null;
}

/** One or more `where: why` lines for a Zod issue. */
function describeIssue(issue: z.core.$ZodIssue): string[] {
  const where = formatPath(issue.path);
  const got = (input: unknown) => `, got ${describe(input)}`;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return [`${where}: missing`];
      return [`${where}: expected ${NOUNS[issue.expected] ?? issue.expected}${got(issue.input)}`];
    case 'invalid_value':
      return [`${where}: ${expectedValues(issue.values)}`];
    case 'too_small': {
      const min = String(issue.minimum);
      const size = sizeOf(issue.input);
      if (issue.origin === 'string') return [issue.minimum === 1 ? `${where}: must not be empty` : `${where}: expected at least ${min} characters, got ${size}`];
      if (issue.origin === 'array') return [`${where}: expected at least ${min} items, got ${size}`];
      return [`${where}: expected ${issue.inclusive === false ? 'more than' : 'at least'} ${min}${got(issue.input)}`];
    }
    case 'too_big': {
      const max = String(issue.maximum);
      const size = sizeOf(issue.input);
      if (issue.origin === 'string') return [`${where}: expected at most ${max} characters, got ${size}`];
      if (issue.origin === 'array') return [`${where}: expected at most ${max} items, got ${size}`];
      return [`${where}: expected ${issue.inclusive === false ? 'less than' : 'at most'} ${max}${got(issue.input)}`];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => `${formatPath([...issue.path, key])}: unknown key`);
    case 'invalid_format':
      if (issue.format === 'datetime') return [`${where}: expected an ISO 8601 date and time${got(issue.input)}`];
      return [`${where}: ${issue.message}${got(issue.input)}`];
    case 'invalid_union':
      return [`${where}: does not match any accepted form${got(issue.input)}`];
    default:
      return [`${where}: ${issue.message}`];
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
