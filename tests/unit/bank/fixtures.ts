// Builds question files for the bank parser tests: a valid question per area, with parts that a
// test can replace or remove. Line numbers are fixed, so tests can assert them exactly.
//
// Layout of question('data') (other areas: the same up to line 21, then see below):
//    1 ---                         12 ## Prompt          22 ## Rubric
//    2 id: data-sample             13 <prompt>           23 - [concept] ...
//    3 area: data                  14                    24 - [detection] ...
//    4 title: Sample data question 15 ## Hints           25
//    5 difficulty: 2               16 - First hint.      26 ## Follow-ups
//    6 topics: [leakage]           17 - Second hint.     27 - ...
//    7 minutes: 10                 18                    28
//    8 roles: [applied-ml]         19 ## Answer          29 ## Pitfalls
//    9 bridge: "..."               20 <answer>           30 - ...
//   10 ---                         21                    31 (empty: the file ends with a newline)
//   11
// behavioral: `## Signal` sits at 15-16 after Prompt, so everything below moves down by 3.
// coding: after Pitfalls come Starter (32), Solution (38) and Tests (44):
//   44 ## Tests   45 ```python   46 # visible   47 add(1, 2) == 3   48 # hidden
//   49 add(-1, 1) == 0   50 add("a", "b") == "ab"   51 ```
import { expect } from 'vitest';
import { parseQuestion } from '../../../src/domain/bank/parse-question';
import { DIMENSIONS, TOPICS, type Area } from '../../../src/domain/bank/vocabulary';

export interface Parts {
  /** Front-matter values by key: a string replaces the value (or adds the key), null removes the line. */
  front?: Record<string, string | null>;
  /** Raw lines added at the end of the front matter, just before the closing `---`. */
  frontLines?: string[];
  /** Section bodies by name: a string replaces the body ('' leaves it empty), null removes the section. */
  sections?: Record<string, string | null>;
  /** Sections added after the regular ones, as [name, body]; names may repeat. */
  extraSections?: [string, string][];
}

export const fence = (code: string) => ['```python', code, '```'].join('\n');

export const CODING_TESTS = ['# visible', 'add(1, 2) == 3', '# hidden', 'add(-1, 1) == 0', 'add("a", "b") == "ab"'].join('\n');

function defaultFront(area: Area): Record<string, string> {
  return {
    id: `${area}-sample`,
    area,
    title: `Sample ${area} question`,
    difficulty: '2',
    topics: `[${TOPICS[area][0]}]`,
    minutes: '10',
    roles: '[applied-ml]',
    bridge: '"Like a cache that is warmed with the load test it is measured by."',
  };
}

function defaultSections(area: Area): Record<string, string> {
  const [first, second] = DIMENSIONS[area];
  return {
    Prompt: `What is the prompt for ${area}?`,
    ...(area === 'behavioral' ? { Signal: 'Owns the outcome.' } : {}),
    Hints: '- First hint.\n- Second hint.',
    Answer: 'A model answer.',
    Rubric: `- [${first}] Covers ${first}.\n- [${second}] Covers ${second}.`,
    'Follow-ups': '- What would you do next?',
    Pitfalls: '- Skipping the baseline.',
    ...(area === 'coding'
      ? {
          Starter: fence('def add(a, b):\n    pass'),
          Solution: fence('def add(a, b):\n    return a + b'),
          Tests: fence(CODING_TESTS),
        }
      : {}),
  };
}

function merge(base: Record<string, string>, changes: Record<string, string | null> = {}): [string, string][] {
  const merged: Record<string, string | null> = { ...base, ...changes };
  return Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== null);
}

/** The text of a valid question of `area`, with `parts` replaced, added or removed. */
export function question(area: Area, parts: Parts = {}): string {
  const front = merge(defaultFront(area), parts.front).map(([key, value]) => `${key}: ${value}`);
  const sections = [...merge(defaultSections(area), parts.sections), ...(parts.extraSections ?? [])];
  const body = sections.map(([name, text]) => `## ${name}\n${text}`).join('\n\n');
  return ['---', ...front, ...(parts.frontLines ?? []), '---', '', body, ''].join('\n');
}

/** Replaces line `n` (1-based) of `text`, or removes it when `replacement` is null. */
export function editLine(text: string, n: number, replacement: string | null): string {
  const lines = text.split('\n');
  lines.splice(n - 1, 1, ...(replacement === null ? [] : [replacement]));
  return lines.join('\n');
}

/** The problems parseQuestion reports for `text`, as { line, reason }; [] when it parses. */
export function problemsOf(text: string, path = 'questions/data/data-sample.md'): { line: number; reason: string }[] {
  const result = parseQuestion(path, text);
  return result.ok ? [] : result.problems.map(({ line, reason }) => ({ line, reason }));
}

/** Expected problem: exact line, reason containing `part`. */
export const problem = (line: number, part: string) => ({ line, reason: expect.stringContaining(part) });
