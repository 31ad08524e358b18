// A strict subset of YAML for question front matter: `key: value` lines, flow lists `[a, b]`,
// optional double quotes. Small enough to report every mistake with its line number.

export type FrontValue = string | number | string[];

export interface FrontMatter {
  values: Record<string, FrontValue>;
  lines: Record<string, number>;
  /** Line number (1-based) where the Markdown body starts. */
  bodyStart: number;
}

export interface FrontMatterError {
  line: number;
  reason: string;
}

const KEY_LINE = /^([a-z][a-z-]*):(?:\s+(.*))?$/;

export function parseFrontMatter(text: string): FrontMatter | FrontMatterError[] {
  const lines = text.split(/\r?\n/);
  if (lines[0] !== '---') return [{ line: 1, reason: 'front matter must start with --- on the first line' }];
  const end = lines.indexOf('---', 1);
  if (end === -1) return [{ line: 1, reason: 'front matter is not closed by a --- line' }];

  const values: Record<string, FrontValue> = {};
  const keyLines: Record<string, number> = {};
  const errors: FrontMatterError[] = [];
  for (let i = 1; i < end; i++) {
    const line = i + 1;
    const raw = lines[i];
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const match = KEY_LINE.exec(raw);
    if (!match) {
      errors.push({ line, reason: `invalid YAML: expected "key: value", got "${raw.trim()}"` });
      continue;
    }
    const [, key, rest = ''] = match;
    if (Object.hasOwn(values, key)) {
      errors.push({ line, reason: `invalid YAML: duplicate key "${key}"` });
      continue;
    }
    const value = parseValue(rest.trim());
    if (typeof value === 'object' && 'error' in value) {
      errors.push({ line, reason: `invalid YAML in "${key}": ${value.error}` });
      continue;
    }
    values[key] = value;
    keyLines[key] = line;
  }
  return errors.length > 0 ? errors : { values, lines: keyLines, bodyStart: end + 2 };
}

function parseValue(text: string): FrontValue | { error: string } {
  if (text === '') return { error: 'missing value' };
  if (text.startsWith('[')) {
    if (!text.endsWith(']')) return { error: 'list is not closed by ]' };
    const inner = text.slice(1, -1).trim();
    if (inner === '') return [];
    const items: string[] = [];
    for (const part of inner.split(',')) {
      const item = parseScalar(part.trim());
      if (typeof item !== 'string') return { error: item.error };
      items.push(item);
    }
    return items;
  }
  const scalar = parseScalar(text);
  if (typeof scalar !== 'string') return scalar;
  const quoted = text.startsWith('"');
  return !quoted && /^-?\d+(\.\d+)?$/.test(scalar) ? Number(scalar) : scalar;
}

function parseScalar(text: string): string | { error: string } {
  if (text === '') return { error: 'empty item' };
  if (text.startsWith('"')) {
    if (text.length < 2 || !text.endsWith('"')) return { error: 'unterminated quoted string' };
    const inner = text.slice(1, -1);
    if (/(^|[^\\])"/.test(inner)) return { error: 'unescaped " inside a quoted string' };
    return inner.replace(/\\"/g, '"');
  }
  if (/^[\[\]{}&*!|>'%@`]/.test(text)) return { error: `unsupported YAML syntax "${text[0]}"` };
  if (/:\s|\s#/.test(text)) return { error: 'quote values that contain ": " or " #"' };
  return text;
}
