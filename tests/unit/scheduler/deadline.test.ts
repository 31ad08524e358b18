import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BENCH_CONFIG, formatTable, runBenchmark, type SimConfig } from '../../../scripts/lib/simulate';
import type { Area } from '../../../src/domain/bank/vocabulary';
import { AREAS } from '../../../src/domain/bank/vocabulary';
import { answerSecondsFrom, fitForgetting, fitTimeScale, reviewOutcomes, type ReviewOutcome } from '../../../src/domain/scheduler/calibration';
import {
  DEADLINE_TUNING,
  DEFAULT_ANSWER_SECONDS,
  daysUntil,
  deadlinePlan,
  deadlineQueue,
  deadlineRetention,
  expectedSeconds,
  recallOnDayByArea,
  windowCandidates,
  type Deadline,
} from '../../../src/domain/scheduler/deadline';
import { rate } from '../../../src/domain/scheduler/fsrs';
import { newCard, RATINGS, type Card, type Memory, type Rating } from '../../../src/domain/scheduler/memory';
import { todayQueue } from '../../../src/domain/scheduler/queue';
import { forgettingCurve, recallAt, retentionForTimeScale, stabilityAfter, timeScaleFor } from '../../../src/domain/scheduler/recall';

// vitest.config.ts pins TZ to Europe/Berlin.
const DAY = 86_400_000;
const local = (y: number, m: number, d: number, h: number) => new Date(y, m - 1, d, h).getTime();
const NOW = local(2026, 10, 5, 12);
const settings = { newPerDay: 10, reviewsPerDay: 100, rolloverHour: 4 };
const q = (id: string, area: Area, difficulty: 1 | 2 | 3 = 2) => ({ id, area, difficulty });
/** Memories of a question answered once and twice (the plan's time scale follows the count). */
const answeredOnce = rate(null, 'a', 3, NOW - 10 * DAY, 0.9);
const answeredTwice = rate(answeredOnce, 'a', 3, NOW - 5 * DAY, 0.9);

/** A card answered Good `reps` times, the last `daysAgo` days before `now`. */
function seasoned(id: string, reps: number, daysAgo: number, now = NOW): Card {
  let memory: Memory | null = null;
  let at = now - daysAgo * DAY;
  const gaps: number[] = [];
  for (let i = 1; i < reps; i++) gaps.push(2 ** i);
  at -= gaps.reduce((a, b) => a + b, 0) * DAY;
  memory = rate(null, id, 3, at, 0.9);
  for (const gap of gaps) {
    at += gap * DAY;
    memory = rate(memory, id, 3, at, 0.9);
  }
  return { ...newCard(id), memory };
}

describe('plan arithmetic', () => {
  it('counts learning days: today yes, the interview day no, across a DST change', () => {
    expect(daysUntil(local(2026, 3, 30, 9), local(2026, 3, 20, 12), 4)).toBe(10);
    // 2 am still belongs to the day before, so one more day is left.
    expect(daysUntil(local(2026, 3, 30, 9), local(2026, 3, 20, 2), 4)).toBe(11);
    expect(daysUntil(local(2026, 3, 20, 9), local(2026, 3, 20, 8), 4)).toBe(0);
  });

  it('spreads the unseen questions over the days before the review window', () => {
    const plan = deadlinePlan({ interviewAt: NOW + 90 * DAY, now: NOW, rolloverHour: 4, dailyMinutes: 60, scopeSize: 300, introduced: 0, newToday: 0 });
    expect(plan).toEqual({
      phase: 'learn',
      daysLeft: 90,
      windowStartsIn: 76,
      learnDays: 76,
      remaining: 300,
      newPerDay: 4, // ceil(300 / 76)
      newMinutesPerDay: 16,
      fitsBudget: true,
    });
  });

  it('holds all day: first answers given today still count as remaining at the start of the day', () => {
    const input = { interviewAt: NOW + 30 * DAY, now: NOW, rolloverHour: 4, dailyMinutes: 30, scopeSize: 100, introduced: 40, newToday: 0 };
    const morning = deadlinePlan(input);
    const evening = deadlinePlan({ ...input, now: NOW + 8 * 3_600_000, introduced: 44, newToday: 4 });
    expect(morning.newPerDay).toBe(Math.ceil(60 / 16));
    expect(evening).toEqual(morning);
  });

  it('says when new questions alone take more than half the budget', () => {
    const plan = deadlinePlan({ interviewAt: NOW + 20 * DAY, now: NOW, rolloverHour: 4, dailyMinutes: 30, scopeSize: 120, introduced: 0, newToday: 0 });
    expect(plan.newPerDay).toBe(20);
    expect(plan.newMinutesPerDay).toBe(80);
    expect(plan.fitsBudget).toBe(false);
  });

  it('inside the window spreads what is left over the days left; on the day it is over', () => {
    const inWindow = deadlinePlan({ interviewAt: NOW + 10 * DAY, now: NOW, rolloverHour: 4, dailyMinutes: 30, scopeSize: 50, introduced: 45, newToday: 0 });
    expect(inWindow).toMatchObject({ phase: 'window', daysLeft: 10, windowStartsIn: 0, learnDays: 10, remaining: 5, newPerDay: 1 });
    const past = deadlinePlan({ interviewAt: NOW - DAY, now: NOW, rolloverHour: 4, dailyMinutes: 30, scopeSize: 50, introduced: 10, newToday: 0 });
    expect(past).toMatchObject({ phase: 'past', daysLeft: 0, newPerDay: 0 });
  });
});

describe('predicted recall', () => {
  it('is the FSRS-6 forgetting curve: 0.9 after one stability, 0 for an unseen question', () => {
    const memory = seasoned('a', 3, 0).memory!;
    expect(recallAt(memory, memory.lastReview! + memory.stability * DAY)).toBeCloseTo(0.9, 4);
    expect(recallAt(null, NOW)).toBe(0);
    expect(recallAt(memory, memory.lastReview! + 5 * DAY)).toBeGreaterThan(recallAt(memory, memory.lastReview! + 50 * DAY));
  });

  it('predicts the stability `rate` will give for every rating', () => {
    const card = seasoned('a', 4, 7);
    for (const r of RATINGS) {
      expect(stabilityAfter(card.memory, r, NOW)).toBeCloseTo(rate(card.memory, 'a', r, NOW, 0.8).stability, 6);
      expect(stabilityAfter(null, r, NOW)).toBeCloseTo(rate(null, 'a', r, NOW, 0.9).stability, 6);
    }
  });

  it('averages per area, unseen questions counting 0 and suspended ones left out', () => {
    const questions = [q('a', 'data'), q('b', 'data'), q('c', 'coding'), q('d', 'coding')];
    const a = seasoned('a', 3, 2);
    const cards = new Map([
      ['a', a],
      ['d', { ...seasoned('d', 3, 2), suspended: true }],
    ]);
    const byArea = recallOnDayByArea(questions, cards, NOW + 10 * DAY);
    expect(byArea.get('data')).toEqual({ mean: recallAt(a.memory, NOW + 10 * DAY) / 2, questions: 2, seen: 1 });
    expect(byArea.get('coding')).toEqual({ mean: 0, questions: 1, seen: 0 });
  });
});

describe('calibration', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  /** `count` reviews of a learner whose time scale is `k` for questions answered `answers` times before. */
  const reviewsOf = (k: number, count: number, answers = 1): ReviewOutcome[] =>
    Array.from({ length: count }, () => {
      const stability = 1 + random() * 30;
      const elapsedDays = 1 + Math.floor(random() * 4 * stability);
      return { elapsedDays, stability, recalled: random() < forgettingCurve(elapsedDays * k, stability), answers };
    });

  it('recovers the time scale of a learner who forgets faster or slower than FSRS assumes', () => {
    for (const k of [0.5, 1, 2]) expect(Math.abs(Math.log(fitTimeScale(reviewsOf(k, 3000)) / k))).toBeLessThan(0.15);
    expect(fitTimeScale([])).toBe(1);
    expect(fitTimeScale([], 1.7)).toBe(1.7);
  });

  it('fits one time scale per number of earlier answers, and falls back on the overall one where reviews are few', () => {
    const forgetting = fitForgetting([...reviewsOf(0.6, 4000, 1), ...reviewsOf(1, 4000, 2), ...reviewsOf(1.6, 4000, 3), ...reviewsOf(2.2, 2000, 5), ...reviewsOf(2.2, 2000, 9)]);
    [0.6, 1, 1.6, 2.2].forEach((k, i) => expect(Math.abs(Math.log(forgetting[i] / k))).toBeLessThan(0.15));
    expect(timeScaleFor(forgetting, 0)).toBe(forgetting[0]);
    expect(timeScaleFor(forgetting, 12)).toBe(forgetting[3]);
    // No reviews of questions answered twice: that scale is the one over all reviews.
    const some = [...reviewsOf(2, 2000, 1), ...reviewsOf(2, 2000, 3)];
    expect(fitForgetting(some)[1]).toBe(fitTimeScale(some));
    expect(fitForgetting([])).toEqual([1, 1, 1, 1]);
  });

  it('reads reviews and answer times from attempts', () => {
    const first = rate(null, 'a', 3, NOW, 0.9);
    const attempts = [
      { at: NOW, rating: 3 as const, durationMs: 200_000, before: null },
      { at: NOW + 3 * DAY, rating: 1 as const, durationMs: 150_000, before: first },
    ];
    expect(reviewOutcomes(attempts)).toEqual([{ elapsedDays: 3, stability: first.stability, recalled: false, answers: 1 }]);
    expect(answerSecondsFrom(attempts, DEFAULT_ANSWER_SECONDS, 1)).toEqual({ ...DEFAULT_ANSWER_SECONDS, new: 200, 1: 150 });
    expect(answerSecondsFrom(attempts, DEFAULT_ANSWER_SECONDS)).toEqual(DEFAULT_ANSWER_SECONDS);
    // Medians: one answer left open for an hour does not stretch the plan.
    const firsts = [100, 130, 3600].map((s) => ({ at: NOW, rating: 3 as const, durationMs: s * 1000, before: null }));
    expect(answerSecondsFrom(firsts, DEFAULT_ANSWER_SECONDS, 3).new).toBe(130);
  });

  it('turns a recall target into the retention FSRS needs for that learner', () => {
    expect(retentionForTimeScale(0.85, 1)).toBeCloseTo(0.85, 10);
    expect(retentionForTimeScale(0.85, 2)).toBeGreaterThan(0.85);
    // At that retention the interval is 1/k of the uncalibrated one: recall after k times it is the target.
    const s = 10;
    const interval = (r: number) => (s * (Math.pow(r, -1 / 0.1542) - 1)) / (Math.pow(0.9, -1 / 0.1542) - 1);
    expect(forgettingCurve(2 * interval(retentionForTimeScale(0.85, 2)), s)).toBeCloseTo(0.85, 3);
  });
});

const areaArb = fc.constantFrom<Area>(...AREAS);
const bankArb = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    area: areaArb,
    difficulty: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
    reps: fc.option(fc.integer({ min: 1, max: 5 })),
    daysAgo: fc.integer({ min: 0, max: 60 }),
    suspended: fc.boolean(),
  }),
  { selector: (x) => x.id, maxLength: 80 },
);
type Row = { id: string; area: Area; difficulty: 1 | 2 | 3; reps: number | null; daysAgo: number; suspended: boolean };
function build(rows: readonly Row[]) {
  const questions = rows.map((r) => q(r.id, r.area, r.difficulty));
  const cards = new Map(rows.map((r) => [r.id, { ...(r.reps === null ? newCard(r.id) : seasoned(r.id, r.reps, r.daysAgo)), suspended: r.suspended }]));
  return { questions, cards };
}

describe('deadline queue', () => {
  it('with no date is exactly plain FSRS: same queue, same retention (property)', () => {
    fc.assert(
      fc.property(bankArb, fc.nat(20), fc.nat(50), fc.nat(5), fc.nat(5), fc.double({ min: 0.7, max: 0.97, noNaN: true }), (rows, newPerDay, reviewsPerDay, news, reviews, retention) => {
        const { questions, cards } = build(rows);
        const input = { questions, cards, settings: { newPerDay, reviewsPerDay, rolloverHour: 4 }, done: { news, reviews }, now: NOW };
        expect(deadlineQueue({ ...input, deadline: null, spentSeconds: 1234 })).toEqual(todayQueue(input));
        expect(deadlineRetention(null, NOW, 4, retention, answeredOnce)).toBe(retention);
      }),
      { numRuns: 60 },
    );
  });

  it('on and after the interview day is plain FSRS again', () => {
    const { questions, cards } = build([
      { id: 'a', area: 'data', difficulty: 1, reps: 3, daysAgo: 30, suspended: false },
      { id: 'b', area: 'coding', difficulty: 1, reps: null, daysAgo: 0, suspended: false },
    ]);
    const input = { questions, cards, settings, done: { news: 0, reviews: 0 }, now: NOW };
    for (const interviewAt of [NOW - 3 * DAY, NOW + 3_600_000]) {
      const deadline: Deadline = { interviewAt, dailyMinutes: 1 };
      expect(deadlineQueue({ ...input, deadline, spentSeconds: 0 })).toEqual(todayQueue(input));
      expect(deadlineRetention(deadline, NOW, 4, 0.93, answeredOnce)).toBe(0.93);
    }
  });

  it('lowers the retention before the window and keeps the learner’s inside it', () => {
    const deadline: Deadline = { interviewAt: NOW + 40 * DAY, dailyMinutes: 30 };
    expect(deadlineRetention(deadline, NOW, 4, 0.9, null)).toBeCloseTo(DEADLINE_TUNING.earlyRetention, 10);
    expect(deadlineRetention(deadline, NOW, 4, 0.8, null)).toBeCloseTo(0.8, 10);
    // A learner who forgets faster on their second answers gets a higher retention there only.
    const calibrated = { ...deadline, forgetting: [1, 1.5, 1, 1] };
    expect(deadlineRetention(calibrated, NOW, 4, 0.9, answeredOnce)).toBeGreaterThan(DEADLINE_TUNING.earlyRetention);
    expect(deadlineRetention(calibrated, NOW, 4, 0.9, answeredTwice)).toBeCloseTo(DEADLINE_TUNING.earlyRetention, 10);
    expect(deadlineRetention(deadline, NOW + 30 * DAY, 4, 0.9, null)).toBe(0.9);
  });

  it('keeps the limits and the time budget, in both phases (property)', () => {
    fc.assert(
      fc.property(
        bankArb,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 90 }),
        fc.nat(60 * 30),
        fc.nat(40),
        fc.nat(5),
        (rows, daysLeft, dailyMinutes, spentSeconds, reviewsPerDay, doneReviews) => {
          const { questions, cards } = build(rows);
          const deadline: Deadline = { interviewAt: NOW + daysLeft * DAY, dailyMinutes };
          const done = { news: 0, reviews: doneReviews };
          const input = { questions, cards, settings: { newPerDay: 5, reviewsPerDay, rolloverHour: 4 }, done, now: NOW, deadline, spentSeconds };
          const queue = deadlineQueue(input);
          const seconds = queue.reduce((sum, item) => sum + expectedSeconds(cards.get(item.questionId)!, NOW, DEFAULT_ANSWER_SECONDS), 0);
          expect(seconds).toBeLessThanOrEqual(Math.max(0, dailyMinutes * 60 - spentSeconds) + 1e-6);
          expect(new Set(queue.map((i) => i.questionId)).size).toBe(queue.length);
          expect(queue.filter((i) => i.kind === 'review').length).toBeLessThanOrEqual(Math.max(0, reviewsPerDay - doneReviews));
          for (const item of queue) {
            const card = cards.get(item.questionId)!;
            expect(card.suspended).toBe(false);
            expect(item.kind === 'new').toBe(card.memory === null);
          }
          if (daysLeft > DEADLINE_TUNING.windowDays) {
            const inScope = questions.filter((x) => !cards.get(x.id)!.suspended);
            const plan = deadlinePlan({ interviewAt: deadline.interviewAt, now: NOW, rolloverHour: 4, dailyMinutes, scopeSize: inScope.length, introduced: inScope.filter((x) => cards.get(x.id)!.memory).length, newToday: 0 });
            expect(queue.filter((i) => i.kind === 'new').length).toBeLessThanOrEqual(plan.newPerDay);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('on the last day spends a short budget on the weakest question', () => {
    const questions = [q('strong', 'data'), q('weak', 'coding')];
    const strong = seasoned('strong', 5, 4);
    const weak = seasoned('weak', 2, 10);
    const cards = new Map([
      ['strong', strong],
      ['weak', weak],
    ]);
    const interviewAt = NOW + 20 * 3_600_000;
    expect(recallAt(weak.memory, interviewAt)).toBeLessThan(recallAt(strong.memory, interviewAt));
    const queue = deadlineQueue({ questions, cards, settings, done: { news: 0, reviews: 0 }, now: NOW, deadline: { interviewAt, dailyMinutes: 3 }, spentSeconds: 0 });
    expect(queue.map((i) => i.questionId)).toEqual(['weak']);
    // And the candidates are ordered by gain per second.
    const ranked = windowCandidates(questions, cards, NOW, interviewAt, 4);
    expect(ranked.map((c) => c.item.questionId)).toEqual(['weak', 'strong']);
    expect(ranked[0].gain).toBeGreaterThan(ranked[1].gain);
  });

  it('leaves out what was answered today', () => {
    const card = seasoned('a', 3, 0, NOW - 3_600_000);
    const queue = deadlineQueue({ questions: [q('a', 'data')], cards: new Map([['a', card]]), settings, done: { news: 0, reviews: 1 }, now: NOW, deadline: { interviewAt: NOW + 5 * DAY, dailyMinutes: 60 }, spentSeconds: 120 });
    expect(queue).toEqual([]);
  });

  it('lands the last review of every question in the window, close enough for high recall on the day', () => {
    // A learner who answers everything Good, 40 questions, 40 days, 20 minutes a day.
    const questions = Array.from({ length: 40 }, (_, i) => q(`q${i}`, AREAS[i % 5], ((i % 3) + 1) as 1 | 2 | 3));
    const days = 40;
    const deadline: Deadline = { interviewAt: NOW + days * DAY, dailyMinutes: 20 };
    const run = (withDate: boolean) => {
      const cards = new Map<string, Card>();
      const last = new Map<string, number>();
      for (let day = 0; day < days; day++) {
        const now = NOW + day * DAY;
        const input = { questions, cards, settings: { ...settings, newPerDay: 2 }, done: { news: 0, reviews: 0 }, now };
        const queue = withDate ? deadlineQueue({ ...input, deadline, spentSeconds: 0 }) : todayQueue(input);
        if (withDate) {
          const seconds = queue.reduce((sum, item) => sum + expectedSeconds(cards.get(item.questionId) ?? null, now), 0);
          expect(seconds).toBeLessThanOrEqual(deadline.dailyMinutes * 60);
        }
        for (const item of queue) {
          const card = cards.get(item.questionId) ?? newCard(item.questionId);
          const retention = withDate ? deadlineRetention(deadline, now, 4, 0.9, card.memory) : 0.9;
          cards.set(item.questionId, { ...card, memory: rate(card.memory, item.questionId, 3 satisfies Rating, now, retention) });
          last.set(item.questionId, day);
        }
      }
      const recall = questions.map((x) => recallAt(cards.get(x.id)?.memory ?? null, deadline.interviewAt));
      return { last: [...last.values()], recall, mean: recall.reduce((a, b) => a + b, 0) / recall.length };
    };
    const withDate = run(true);
    const plain = run(false);
    expect(withDate.last).toHaveLength(40);
    for (const day of withDate.last) expect(day).toBeGreaterThanOrEqual(days - DEADLINE_TUNING.windowDays);
    expect(Math.min(...withDate.recall)).toBeGreaterThanOrEqual(0.97);
    expect(withDate.mean).toBeGreaterThan(plain.mean);
    expect(Math.min(...plain.last)).toBeLessThan(days - DEADLINE_TUNING.windowDays);
  });
});

describe('benchmark simulator', () => {
  const small: SimConfig = { ...BENCH_CONFIG, questions: 30, days: 24, dailyMinutes: 15, learners: 2, seed: 'unit' };

  it('is deterministic: the same seed prints the same table, another seed another', () => {
    const first = formatTable(runBenchmark(small), small);
    expect(formatTable(runBenchmark(small), small)).toBe(first);
    expect(formatTable(runBenchmark({ ...small, seed: 'other' }), small)).not.toBe(first);
  });

  it('holds every scheduler to the daily budget', () => {
    for (const result of runBenchmark(small)) {
      expect(result.peakMinutes).toBeLessThanOrEqual(small.dailyMinutes);
      expect(result.recall).toBeGreaterThan(0);
      expect(result.recall).toBeLessThanOrEqual(1);
    }
  });
});
