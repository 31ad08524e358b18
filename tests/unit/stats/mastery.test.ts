import { describe, expect, it } from 'vitest';
import type { QuestionMeta } from '../../../src/domain/bank/schema';
import type { Area, Dimension, Topic } from '../../../src/domain/bank/vocabulary';
import { endMock, scoreDimension, startMock } from '../../../src/domain/mock/mock-session';
import { MOCK_FORMATS } from '../../../src/domain/mock/formats';
import type { Attempt } from '../../../src/domain/practice/attempt';
import { rate } from '../../../src/domain/scheduler/fsrs';
import { newCard, type Card, type Memory, type Rating } from '../../../src/domain/scheduler/memory';
import { drillQueue } from '../../../src/domain/stats/drill';
import { leeches, masteryBy, masteryByDimension, weakest } from '../../../src/domain/stats/mastery';
import { reviewForecast, trueRetention } from '../../../src/domain/stats/statistics';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 27, 12).getTime();
const meta = (id: string, area: Area, topics: string[], dimensions: Dimension[] = ['concept', 'detection']): QuestionMeta => ({
  id, area, title: id, difficulty: 2, topics: topics as Topic[], minutes: 5, roles: [], dimensions,
});

/** A learner's history: each question answered with the given ratings and rubric hits, a few days apart. */
function history(plan: Record<string, { ratings: Rating[]; hits: number[] }>) {
  const cards = new Map<string, Card>();
  const attempts: Attempt[] = [];
  for (const [id, { ratings, hits }] of Object.entries(plan)) {
    let memory: Memory | null = null;
    ratings.forEach((rating, i) => {
      const at = NOW - (ratings.length - i) * 4 * DAY;
      const after = rate(memory, id, rating, at, 0.9);
      attempts.push({ id: `${id}-${i}`, questionId: id, at, mode: 'practice', rating, rubricHit: hits, rubricTotal: 2, answer: '', durationMs: 1000, before: memory, after });
      memory = after;
    });
    cards.set(id, { ...newCard(id), memory });
  }
  return { cards, attempts };
}

const questions = [
  meta('leak-1', 'data', ['leakage']),
  meta('leak-2', 'data', ['leakage']),
  meta('skew-1', 'data', ['train-serving-skew']),
  meta('ab-1', 'quality', ['ab-testing'], ['trade-offs', 'concept']),
  meta('ab-2', 'quality', ['ab-testing']),
];

describe('mastery', () => {
  const { cards, attempts } = history({
    'leak-1': { ratings: [1, 1, 1, 1], hits: [] },
    'skew-1': { ratings: [3, 3, 4], hits: [0, 1] },
    'ab-1': { ratings: [3, 2], hits: [1] },
  });
  const input = { questions, cards, attempts, mocks: [], now: NOW };

  it('ranks the topic failed on purpose as weakest, with the reason', () => {
    const topics = masteryBy(input, (q) => q.topics);
    const [first] = weakest(topics, 5, (m) => m.attempted > 0);
    expect(first.key).toBe('leakage');
    expect(first).toMatchObject({ attempted: 1, total: 2, missed: 1 });
    expect(first.reason).toMatch(/^recall \d+%, misses 100% of rubric points, \d+ lapses?$|^recall \d+%, misses 100% of rubric points$/);
    expect(topics.find((t) => t.key === 'train-serving-skew')!.score).toBeGreaterThan(first.score);
  });

  it('leaves unpractised groups out of the weakest list and says so', () => {
    const areas = masteryBy({ ...input, cards: new Map(), attempts: [] }, (q) => [q.area]);
    expect(areas.map((a) => a.reason)).toEqual(['not started', 'not started']);
    expect(weakest(areas, 5, (m) => m.attempted > 0)).toEqual([]);
  });

  it('scores rubric dimensions from recent answers and mock levels', () => {
    let mock = endMock(startMock('m', MOCK_FORMATS[3], ['a', 'b', 'c', 'd'], NOW, false), NOW);
    mock = scoreDimension(mock, 0, 'trade-offs', 1);
    const dims = masteryByDimension({ ...input, mocks: [mock] });
    const tradeOffs = dims.find((d) => d.dimension === 'trade-offs')!;
    // ab-1's last 2 answers missed trade-offs (index 0), and the mock scored it very weak.
    expect(tradeOffs.score).toBe(0);
    expect(tradeOffs.reason).toBe('covered 0 of 2 rubric points, mock level 1.0 of 4');
    expect(dims.find((d) => d.dimension === 'detection')!.score).toBeGreaterThan(0);
  });

  it('flags questions failed four times as leeches', () => {
    expect([...leeches(attempts)]).toEqual([['leak-1', 4]]);
  });

  it('drills the weakest topics, lowest recall first, never suspended, at most 10', () => {
    const suspended = new Map(cards).set('leak-2', { ...newCard('leak-2'), suspended: true });
    expect(drillQueue(['leakage', 'ab-testing'], questions, suspended, NOW).map((q) => q.questionId)).toEqual(['leak-1', 'ab-2', 'ab-1']);
    const many = Array.from({ length: 15 }, (_, i) => meta(`l${i}`, 'data', ['leakage']));
    expect(drillQueue(['leakage'], many, new Map(), NOW)).toHaveLength(10);
  });
});

describe('statistics', () => {
  const { cards, attempts } = history({ 'leak-1': { ratings: [3, 1, 3], hits: [] }, 'skew-1': { ratings: [3, 3], hits: [] } });

  it('true retention counts first reviews of the day only, Again as a fail, never a first answer', () => {
    const extra: Attempt = { ...attempts[2], id: 'same-day-retry', at: attempts[2].at + 1000, rating: 1 };
    const r = trueRetention([...attempts, extra], NOW, 4);
    // Reviews: leak-1 Again, leak-1 Good (retry later that day ignored), skew-1 Good.
    expect(r).toEqual({ passed: 2, total: 3, rate: 2 / 3 });
  });

  it('forecasts reviews per day with overdue ones on day 0', () => {
    const forecast = reviewForecast(cards.values(), NOW + 200 * DAY, 4, 30);
    expect(forecast[0]).toBe(2);
    expect(forecast.slice(1).every((n) => n === 0)).toBe(true);
  });
});
