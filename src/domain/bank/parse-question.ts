import type { Area } from './vocabulary';
import { parseFrontMatter } from './front-matter';
import type { Problem } from './problem';
import { frontMatterSchema, isDimensionOf, type CodingParts, type Question, type RubricPoint } from './schema';
import { bulletItems, codeBlock, sectionText, splitSections, type Section } from './sections';
import { parseTestCases } from './test-cases';

const COMMON_SECTIONS = ['Prompt', 'Hints', 'Answer', 'Rubric', 'Follow-ups', 'Pitfalls'];
const EXTRA_SECTIONS: Record<Area, string[]> = {
  coding: ['Starter', 'Solution', 'Tests'],
  'system-design': [],
  data: [],
  quality: [],
  behavioral: ['Signal'],
};

export type ParseResult = { ok: true; question: Question } | { ok: false; problems: Problem[] };

/** Parses one question file. `path` is used in problems only. */
export function parseQuestion(path: string, text: string): ParseResult {
  const problems: Problem[] = [];
  const report = (line: number, reason: string) => problems.push({ path, line, reason });

  const front = parseFrontMatter(text);
  if (Array.isArray(front)) {
    for (const error of front) report(error.line, error.reason);
    return { ok: false, problems };
  }
  const parsed = frontMatterSchema.safeParse(front.values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [key];
      const line = front.lines[keys[0]] ?? 1;
      const what = issue.code === 'unrecognized_keys' ? `unknown key "${keys.join('", "')}"` : key ? `${key}: ${issue.message}` : issue.message;
      report(line, what);
    }
    return { ok: false, problems };
  }
  const meta = parsed.data;

  const bodyLines = text.split(/\r?\n/).slice(front.bodyStart - 1);
  const { sections, stray } = splitSections(bodyLines, front.bodyStart);
  if (stray !== null) report(stray, 'text before the first ## section');

  const expected = [...COMMON_SECTIONS, ...EXTRA_SECTIONS[meta.area]];
  const byName = new Map<string, Section>();
  const seen = new Set<string>();
  for (const section of sections) {
    if (!expected.includes(section.name)) report(section.line, `unknown section "## ${section.name}" for area ${meta.area}`);
    else if (seen.has(section.name)) report(section.line, `duplicate section "## ${section.name}"`);
    else if (sectionText(section) === '') report(section.line, `section "## ${section.name}" is empty`);
    else byName.set(section.name, section);
    seen.add(section.name);
  }
  const lastLine = front.bodyStart + bodyLines.findLastIndex((text) => text.trim() !== '');
  for (const name of expected) {
    if (!seen.has(name)) report(lastLine, `missing section "## ${name}"`);
  }
  if (problems.length > 0) return { ok: false, problems };
  const section = (name: string) => byName.get(name)!;

  const list = (name: string): string[] => {
    const items = bulletItems(section(name));
    if ('reason' in items) {
      report(items.line, items.reason);
      return [];
    }
    return items.map((item) => item.value);
  };

  const rubric: RubricPoint[] = [];
  const rubricItems = bulletItems(section('Rubric'));
  if ('reason' in rubricItems) report(rubricItems.line, rubricItems.reason);
  else {
    for (const item of rubricItems) {
      const tagged = /^\[([a-z-]+)\]\s+(.+)$/.exec(item.value);
      if (!tagged) report(item.line, 'a rubric point must start with its dimension, e.g. "- [metrics] ..."');
      else if (!isDimensionOf(meta.area, tagged[1])) report(item.line, `unknown rubric dimension "${tagged[1]}" for area ${meta.area}`);
      else rubric.push({ dimension: tagged[1], text: tagged[2] });
    }
  }

  const question: Question = {
    id: meta.id,
    area: meta.area,
    title: meta.title,
    difficulty: meta.difficulty,
    topics: meta.topics as Question['topics'],
    minutes: meta.minutes,
    roles: meta.roles ?? [],
    dimensions: rubric.map((point) => point.dimension),
    ...(meta.bridge ? { bridge: meta.bridge } : {}),
    prompt: sectionText(section('Prompt')),
    ...(byName.has('Signal') ? { signal: sectionText(section('Signal')) } : {}),
    hints: list('Hints'),
    answer: sectionText(section('Answer')),
    rubric,
    followUps: list('Follow-ups'),
    pitfalls: list('Pitfalls'),
  };
  if (meta.area === 'coding') {
    const coding = parseCoding(section, report);
    if (coding) question.coding = coding;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, question };
}

function parseCoding(section: (name: string) => Section, report: (line: number, reason: string) => void): CodingParts | null {
  const starter = codeBlock(section('Starter'));
  const solution = codeBlock(section('Solution'));
  const testsBlock = codeBlock(section('Tests'));
  for (const block of [starter, solution, testsBlock]) if ('reason' in block) report(block.line, block.reason);
  if ('reason' in starter || 'reason' in solution || 'reason' in testsBlock) return null;
  const tests = parseTestCases(testsBlock.value, testsBlock.line);
  if ('reason' in tests) {
    report(tests.line, tests.reason);
    return null;
  }
  if (tests.visible.length === 0 || tests.hidden.length === 0) {
    report(section('Tests').line, 'Tests need at least one visible and one hidden case');
    return null;
  }
  return { starter: starter.value, solution: solution.value, tests };
}
