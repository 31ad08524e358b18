// The bar every question must clear beyond being well-formed (issue: question bank), and the
// coverage the bank as a whole must reach. Pure: takes the parsed bank and the source texts.
import type { SourceFile } from './check-bank';
import type { Problem } from './problem';
import type { Question } from './schema';
import { AREAS, DIMENSIONS, TOPICS, type Area } from './vocabulary';

export interface BankRules {
  /** Minimum number of questions per area. */
  minPerArea: Record<Area, number>;
  /** Every topic of the vocabulary must appear on at least this many questions of its area. */
  minPerTopic: Record<Area, number>;
  /** No difficulty may hold less than this share of its area. */
  minDifficultyShare: number;
  /** Two prompts whose content words overlap at least this much (Jaccard) are near-duplicates. */
  nearDuplicate: number;
}

export const BANK_RULES: BankRules = {
  minPerArea: { coding: 60, 'system-design': 50, data: 50, quality: 50, behavioral: 50 },
  minPerTopic: { coding: 5, 'system-design': 2, data: 2, quality: 2, behavioral: 2 },
  minDifficultyShare: 0.2,
  nearDuplicate: 0.5,
};

const MIN_ANSWER_WORDS: Record<Area, number> = { coding: 150, 'system-design': 350, data: 150, quality: 150, behavioral: 150 };
const MIN_RUBRIC: Record<Area, number> = { coding: 4, 'system-design': 8, data: 4, quality: 4, behavioral: 4 };
/** Areas whose rubric must use every dimension (a system design answer walks all eight). */
const ALL_DIMENSIONS: readonly Area[] = ['system-design', 'behavioral', 'coding'];

export function wordCount(markdown: string): number {
  return markdown.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Problems with single questions: lengths, rubric shape, follow-ups, pitfalls, tests. */
export function checkQuestionContent(question: Question, source: SourceFile): Problem[] {
  const problems: Problem[] = [];
  const lines = source.text.split('\n');
  const lineOf = (heading: string) => Math.max(1, lines.findIndex((l) => l.trim() === `## ${heading}`) + 1);
  const report = (heading: string, reason: string) => problems.push({ path: source.path, line: lineOf(heading), reason });
  const { area } = question;

  const words = wordCount(question.answer);
  if (words < MIN_ANSWER_WORDS[area]) report('Answer', `answer has ${words} words, at least ${MIN_ANSWER_WORDS[area]} needed`);
  if (question.rubric.length < MIN_RUBRIC[area]) report('Rubric', `rubric has ${question.rubric.length} points, at least ${MIN_RUBRIC[area]} needed`);
  if (ALL_DIMENSIONS.includes(area)) {
    const used = new Set(question.rubric.map((point) => point.dimension));
    const missing = DIMENSIONS[area].filter((dimension) => !used.has(dimension));
    if (missing.length > 0) report('Rubric', `rubric misses the dimension(s) ${missing.join(', ')}`);
  }
  if (question.followUps.length < 2) report('Follow-ups', `${question.followUps.length} follow-up(s), at least 2 needed`);
  if (question.pitfalls.length < 1) report('Pitfalls', 'at least 1 pitfall needed');
  if (question.hints.length < 1) report('Hints', 'at least 1 hint needed');
  if (question.coding) {
    const { visible, hidden } = question.coding.tests;
    if (visible.length < 3) report('Tests', `${visible.length} visible case(s), at least 3 needed`);
    if (hidden.length < 5) report('Tests', `${hidden.length} hidden case(s), at least 5 needed`);
  }
  return problems;
}

const STOP_WORDS = new Set(
  'a an and are as at be but by can do does for from has have how i if in into is it its of on or our so that the their then there these they this to was we what when where which while who why will with would you your'.split(' '),
);

function contentWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.filter((w) => w.length > 2 && !STOP_WORDS.has(w)) ?? []);
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Problems of the bank as a whole: counts, topic coverage, difficulty spread, bridges, near-duplicates. */
export function checkBankContent(questions: readonly Question[], sources: ReadonlyMap<string, SourceFile>, rules = BANK_RULES): Problem[] {
  const problems: Problem[] = [];
  const pathOf = (id: string) => sources.get(id)?.path ?? id;
  const lineOfKey = (id: string, key: string) => Math.max(1, (sources.get(id)?.text.split('\n').findIndex((l) => l.startsWith(`${key}:`)) ?? 0) + 1);

  for (const area of AREAS) {
    const inArea = questions.filter((q) => q.area === area);
    const where = `questions/${area}`;
    if (inArea.length < rules.minPerArea[area]) {
      problems.push({ path: where, line: 1, reason: `${inArea.length} questions, at least ${rules.minPerArea[area]} needed` });
    }
    if (inArea.length === 0) continue;
    for (const topic of TOPICS[area]) {
      const count = inArea.filter((q) => (q.topics as string[]).includes(topic)).length;
      if (count < rules.minPerTopic[area]) {
        problems.push({ path: where, line: 1, reason: `topic ${topic} has ${count} question(s), at least ${rules.minPerTopic[area]} needed` });
      }
    }
    for (const difficulty of [1, 2, 3] as const) {
      const share = inArea.filter((q) => q.difficulty === difficulty).length / inArea.length;
      if (share < rules.minDifficultyShare) {
        problems.push({ path: where, line: 1, reason: `difficulty ${difficulty} is ${Math.round(share * 100)}% of the area, at least ${rules.minDifficultyShare * 100}% needed` });
      }
    }
    const bridged = inArea.filter((q) => q.bridge).length;
    if (bridged * 2 < inArea.length) problems.push({ path: where, line: 1, reason: `${bridged} of ${inArea.length} questions carry a bridge note, at least half needed` });
  }

  const words = questions.map((q) => ({ q, words: contentWords(q.prompt) }));
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const similarity = jaccard(words[i].words, words[j].words);
      if (similarity >= rules.nearDuplicate) {
        const [a, b] = [words[i].q.id, words[j].q.id];
        problems.push({ path: pathOf(b), line: lineOfKey(b, 'id'), reason: `prompt is a near-duplicate of ${pathOf(a)} (${Math.round(similarity * 100)}% shared words)` });
      }
    }
  }
  return problems;
}
