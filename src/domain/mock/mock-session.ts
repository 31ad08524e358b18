// A mock interview as plain data and pure functions. Time is never counted by a ticking clock:
// every figure comes from the stored timestamps and `now`, so a reload resumes exactly.
import type { Dimension } from '../bank/vocabulary';
import type { Rating } from '../scheduler/memory';
import type { FormatId, MockFormat } from './formats';

export type Level = 1 | 2 | 3 | 4;
export const LEVEL_LABELS: Record<Level, string> = { 1: 'Very weak', 2: 'Weak', 3: 'Strong', 4: 'Very strong' };

export interface MockQuestion {
  questionId: string;
  /** What the learner wrote during the round: notes, or code on a coding question. */
  notes: string;
  /** Postmortem: the learner's level per rubric dimension. */
  scores: Partial<Record<Dimension, Level>>;
  /** Postmortem: the rating recorded as a review, with its attempt. */
  rating: Rating | null;
  attemptId: string | null;
}

export interface MockPhase {
  name: string;
  minutes: number;
  /** Index into `questions`. */
  question: number;
}

export interface Mock {
  id: string;
  format: FormatId;
  hideDifficulty: boolean;
  startedAt: number;
  questions: MockQuestion[];
  phases: MockPhase[];
  /** When each phase began; its length is the number of phases entered so far. */
  phaseStarts: number[];
  endedAt: number | null;
}

export function startMock(id: string, format: MockFormat & { id: FormatId }, questionIds: string[], now: number, hideDifficulty: boolean): Mock {
  return {
    id,
    format: format.id,
    hideDifficulty,
    startedAt: now,
    questions: questionIds.map((questionId) => ({ questionId, notes: '', scores: {}, rating: null, attemptId: null })),
    phases: format.phases.map((phase) => ({ name: phase.name, minutes: phase.minutes, question: phase.slot })),
    phaseStarts: [now],
    endedAt: null,
  };
}

export function currentPhase(mock: Mock): number {
  return mock.phaseStarts.length - 1;
}

/** Moves to the next phase, or ends the round after the last one. */
export function advancePhase(mock: Mock, now: number): Mock {
  if (mock.endedAt !== null) return mock;
  if (currentPhase(mock) >= mock.phases.length - 1) return endMock(mock, now);
  return { ...mock, phaseStarts: [...mock.phaseStarts, now] };
}

export function endMock(mock: Mock, now: number): Mock {
  return mock.endedAt !== null ? mock : { ...mock, endedAt: now };
}

export function setNotes(mock: Mock, question: number, notes: string): Mock {
  if (mock.endedAt !== null) return mock;
  return { ...mock, questions: mock.questions.map((q, i) => (i === question ? { ...q, notes } : q)) };
}

export function scoreDimension(mock: Mock, question: number, dimension: Dimension, level: Level): Mock {
  return { ...mock, questions: mock.questions.map((q, i) => (i === question ? { ...q, scores: { ...q.scores, [dimension]: level } } : q)) };
}

export function recordRating(mock: Mock, question: number, rating: Rating, attemptId: string): Mock {
  return { ...mock, questions: mock.questions.map((q, i) => (i === question ? { ...q, rating, attemptId } : q)) };
}

export interface PhaseTime {
  name: string;
  budgetMs: number;
  usedMs: number;
  overrun: boolean;
}

export interface Timeline {
  phases: PhaseTime[];
  current: number;
  /** Time left in the current phase (negative when over). */
  phaseLeftMs: number;
  /** Time left in the whole round (negative when over). */
  roundLeftMs: number;
  ended: boolean;
}

const MINUTE = 60_000;

export function timeline(mock: Mock, now: number): Timeline {
  const end = mock.endedAt ?? now;
  const current = currentPhase(mock);
  const phases = mock.phases.map((phase, i) => {
    const start = mock.phaseStarts[i];
    const stop = i < current ? mock.phaseStarts[i + 1] : end;
    const usedMs = start === undefined ? 0 : Math.max(0, stop - start);
    const budgetMs = phase.minutes * MINUTE;
    return { name: phase.name, budgetMs, usedMs, overrun: usedMs > budgetMs };
  });
  const total = mock.phases.reduce((sum, phase) => sum + phase.minutes * MINUTE, 0);
  return {
    phases,
    current,
    phaseLeftMs: phases[current].budgetMs - phases[current].usedMs,
    roundLeftMs: total - (end - mock.startedAt),
    ended: mock.endedAt !== null,
  };
}

/**
 * How many of the current question's follow-ups the interviewer has asked by `now`: one at each
 * phase change within the question, and, for a question with a single phase, one each time
 * another share of its budget has passed (as an interviewer probes once the main answer is in).
 */
export function followUpsAsked(mock: Mock, now: number, available: number): number {
  const current = currentPhase(mock);
  const question = mock.phases[current].question;
  const own = mock.phases.map((phase, i) => ({ phase, i })).filter(({ phase }) => phase.question === question);
  if (own.length > 1) return Math.min(available, own.findIndex(({ i }) => i === current));
  const used = timeline(mock, now).phases[current].usedMs;
  const step = (mock.phases[current].minutes * MINUTE) / (available + 1);
  return Math.min(available, Math.floor(used / step));
}

/** Postmortem is complete when every question has a rating. */
export function isReviewed(mock: Mock): boolean {
  return mock.endedAt !== null && mock.questions.every((q) => q.rating !== null);
}

/** Mean level per rubric dimension across the mock's questions. */
export function dimensionScores(mock: Mock): Partial<Record<Dimension, number>> {
  const sums = new Map<Dimension, { total: number; count: number }>();
  for (const q of mock.questions) {
    for (const [dimension, level] of Object.entries(q.scores) as [Dimension, Level][]) {
      const entry = sums.get(dimension) ?? { total: 0, count: 0 };
      sums.set(dimension, { total: entry.total + level, count: entry.count + 1 });
    }
  }
  return Object.fromEntries([...sums].map(([dimension, { total, count }]) => [dimension, total / count]));
}

/** One number per mock for trends: the mean of its dimension levels, 1 (very weak) to 4. */
export function overallScore(mock: Mock): number | null {
  const values = Object.values(dimensionScores(mock));
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}
