// How well the learner knows each area, topic and rubric dimension, and why a weak one is weak.
// Inputs are plain records; `now` is passed in.
import type { QuestionMeta } from '../bank/schema';
import type { Dimension } from '../bank/vocabulary';
import type { Mock } from '../mock/mock-session';
import type { Attempt } from '../practice/attempt';
import { recallAt } from '../scheduler/recall';
import type { Card } from '../scheduler/memory';

/** Rubric coverage is judged on each question's latest few answers. */
const RECENT_ATTEMPTS = 3;
/** A question failed (rated Again) this many times is a leech. */
export const LEECH_FAILS = 4;

export interface MasteryInput {
  questions: readonly QuestionMeta[];
  cards: ReadonlyMap<string, Card>;
  attempts: readonly Attempt[];
  mocks: readonly Mock[];
  now: number;
}

export interface Mastery {
  key: string;
  /** 0 to 1: recall probability and rubric coverage, less a penalty for lapses. */
  score: number;
  attempted: number;
  total: number;
  recall: number;
  lapses: number;
  /** Share of rubric points missed in recent answers. */
  missed: number;
  reason: string;
}

interface QuestionState {
  question: QuestionMeta;
  recall: number;
  lapses: number;
  hits: number;
  points: number;
}

function byQuestion(attempts: readonly Attempt[]): Map<string, Attempt[]> {
  const map = new Map<string, Attempt[]>();
  for (const attempt of attempts) {
    const list = map.get(attempt.questionId);
    if (list) list.push(attempt);
    else map.set(attempt.questionId, [attempt]);
  }
  for (const list of map.values()) list.sort((a, b) => b.at - a.at);
  return map;
}

function questionStates({ questions, cards, attempts, now }: MasteryInput): QuestionState[] {
  const recent = byQuestion(attempts);
  return questions.flatMap((question) => {
    const memory = cards.get(question.id)?.memory;
    if (!memory) return [];
    const latest = (recent.get(question.id) ?? []).slice(0, RECENT_ATTEMPTS);
    return [
      {
        question,
        recall: recallAt(memory, now),
        lapses: memory.lapses,
        hits: latest.reduce((sum, a) => sum + a.rubricHit.length, 0),
        points: latest.reduce((sum, a) => sum + a.rubricTotal, 0),
      },
    ];
  });
}

function summarize(key: string, states: QuestionState[], total: number): Mastery {
  const attempted = states.length;
  const recall = attempted ? states.reduce((s, q) => s + q.recall, 0) / attempted : 0;
  const lapses = states.reduce((s, q) => s + q.lapses, 0);
  const points = states.reduce((s, q) => s + q.points, 0);
  const missed = points ? 1 - states.reduce((s, q) => s + q.hits, 0) / points : 0;
  const score = attempted ? Math.max(0, 0.6 * recall + 0.4 * (1 - missed) - 0.05 * (lapses / attempted)) : 0;
  const parts = [`recall ${Math.round(recall * 100)}%`];
  if (points) parts.push(`misses ${Math.round(missed * 100)}% of rubric points`);
  if (lapses) parts.push(`${lapses} lapse${lapses === 1 ? '' : 's'}`);
  return { key, score, attempted, total, recall, lapses, missed, reason: attempted ? parts.join(', ') : 'not started' };
}

/** Mastery of every value of `keysOf` (areas, topics), over the questions the learner has answered. */
export function masteryBy(input: MasteryInput, keysOf: (q: QuestionMeta) => readonly string[]): Mastery[] {
  const states = questionStates(input);
  const keys = [...new Set(input.questions.flatMap(keysOf))];
  return keys.map((key) =>
    summarize(
      key,
      states.filter((s) => keysOf(s.question).includes(key)),
      input.questions.filter((q) => keysOf(q).includes(key)).length,
    ),
  );
}

export interface DimensionMastery {
  dimension: Dimension;
  /** 0 to 1: share of this dimension's rubric points covered, with mock levels mapped to 0-1. */
  score: number;
  samples: number;
  reason: string;
}

/** Coverage per rubric dimension, from recent answers and mock postmortem levels. */
export function masteryByDimension({ questions, attempts, mocks }: MasteryInput): DimensionMastery[] {
  const meta = new Map(questions.map((q) => [q.id, q]));
  const tally = new Map<Dimension, { hit: number; total: number; mock: number; mockCount: number }>();
  const entry = (d: Dimension) => tally.get(d) ?? tally.set(d, { hit: 0, total: 0, mock: 0, mockCount: 0 }).get(d)!;
  for (const list of byQuestion(attempts).values()) {
    for (const attempt of list.slice(0, RECENT_ATTEMPTS)) {
      const dims = meta.get(attempt.questionId)?.dimensions;
      if (!dims || dims.length !== attempt.rubricTotal) continue; // the rubric changed since: skip
      dims.forEach((d, i) => {
        entry(d).total++;
        if (attempt.rubricHit.includes(i)) entry(d).hit++;
      });
    }
  }
  for (const mock of mocks) {
    for (const q of mock.questions) {
      for (const [d, level] of Object.entries(q.scores) as [Dimension, number][]) {
        entry(d).mock += (level - 1) / 3;
        entry(d).mockCount++;
      }
    }
  }
  return [...tally].map(([dimension, t]) => {
    const samples = t.total + t.mockCount;
    const score = samples ? (t.hit + t.mock) / samples : 0;
    const reasons = [];
    if (t.total) reasons.push(`covered ${t.hit} of ${t.total} rubric points`);
    if (t.mockCount) reasons.push(`mock level ${(1 + (3 * t.mock) / t.mockCount).toFixed(1)} of 4`);
    return { dimension, score, samples, reason: reasons.join(', ') };
  });
}

/** The weakest few, weakest first; only what the learner has actually practised. */
export function weakest<T extends { score: number }>(items: readonly T[], count: number, practised: (item: T) => boolean): T[] {
  return items.filter(practised).sort((a, b) => a.score - b.score).slice(0, count);
}

/** Questions rated Again at least LEECH_FAILS times. */
export function leeches(attempts: readonly Attempt[]): Map<string, number> {
  const fails = new Map<string, number>();
  for (const a of attempts) if (a.rating === 1) fails.set(a.questionId, (fails.get(a.questionId) ?? 0) + 1);
  return new Map([...fails].filter(([, count]) => count >= LEECH_FAILS));
}
