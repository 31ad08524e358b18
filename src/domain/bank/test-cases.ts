import type { TestCase } from './schema';

export interface ParsedTests {
  visible: TestCase[];
  hidden: TestCase[];
}

/**
 * Reads the Tests block: `# visible` / `# hidden` start groups, every other line is one
 * `expression == expected` case.
 */
export function parseTestCases(code: string, firstLine: number): ParsedTests | { line: number; reason: string } {
  const tests: ParsedTests = { visible: [], hidden: [] };
  let group: keyof ParsedTests | null = null;
  for (const [i, raw] of code.split('\n').entries()) {
    const line = firstLine + i;
    const text = raw.trim();
    if (text === '') continue;
    const header = /^#\s*(visible|hidden)\s*$/i.exec(text);
    if (header) {
      group = header[1].toLowerCase() === 'visible' ? 'visible' : 'hidden';
      continue;
    }
    if (text.startsWith('#')) continue;
    if (group === null) return { line, reason: 'a test case comes before any "# visible" or "# hidden" line' };
    const split = splitAtEquality(text);
    if (!split) return { line, reason: 'a test case must read "expression == expected"' };
    tests[group].push(split);
  }
  return tests;
}

/** Splits at the last top-level ` == `, outside strings and brackets. */
function splitAtEquality(text: string): TestCase | null {
  let depth = 0;
  let quote: string | null = null;
  let at = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (depth === 0 && text.startsWith(' == ', i)) at = i;
  }
  if (at <= 0) return null;
  const expression = text.slice(0, at).trim();
  const expected = text.slice(at + 4).trim();
  return expression && expected ? { expression, expected } : null;
}
