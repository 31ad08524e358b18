import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Area } from '../../../src/domain/bank/vocabulary';
import { AREAS } from '../../../src/domain/bank/vocabulary';
import { newCard, type Card, type Memory } from '../../../src/domain/scheduler/memory';
import { countByArea, interleave, todayQueue, type QueueItem } from '../../../src/domain/scheduler/queue';

const HOUR = 3_600_000;
const NOW = new Date(2026, 10, 27, 12).getTime();
const settings = { newPerDay: 10, reviewsPerDay: 100, rolloverHour: 4 };

function memory(due: number): Memory {
  return { due, stability: 3, difficulty: 5, elapsedDays: 1, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, state: 2, lastReview: due - 3 * 24 * HOUR };
}
function reviewCard(id: string, due: number, patch: Partial<Card> = {}): Card {
  return { ...newCard(id), memory: memory(due), ...patch };
}
const q = (id: string, area: Area, difficulty: 1 | 2 | 3 = 2) => ({ id, area, difficulty });

describe('todayQueue', () => {
  it('puts due reviews first, most overdue first, then new questions', () => {
    const questions = [q('a', 'data'), q('b', 'quality'), q('c', 'coding'), q('d', 'behavioral')];
    const cards = new Map([
      ['a', reviewCard('a', NOW - 1 * HOUR)],
      ['b', reviewCard('b', NOW - 50 * HOUR)],
    ]);
    const queue = todayQueue({ questions, cards, settings, done: { reviews: 0, news: 0 }, now: NOW });
    expect(queue.map((i) => i.questionId)).toEqual(['b', 'a', 'c', 'd']);
    expect(queue.map((i) => i.kind)).toEqual(['review', 'review', 'new', 'new']);
  });

  it('counts as due what falls before the next rollover, not only before now', () => {
    const questions = [q('tonight', 'data'), q('tomorrow', 'data')];
    const tonight = new Date(2026, 10, 28, 3).getTime();
    const tomorrow = new Date(2026, 10, 28, 5).getTime();
    const cards = new Map([
      ['tonight', reviewCard('tonight', tonight)],
      ['tomorrow', reviewCard('tomorrow', tomorrow)],
    ]);
    const queue = todayQueue({ questions, cards, settings, done: { reviews: 0, news: 0 }, now: NOW });
    expect(queue.map((i) => i.questionId)).toEqual(['tonight']);
  });

  it('leaves out suspended questions, new or not', () => {
    const questions = [q('a', 'data'), q('b', 'data')];
    const cards = new Map([
      ['a', reviewCard('a', NOW - HOUR, { suspended: true })],
      ['b', { ...newCard('b'), suspended: true }],
    ]);
    expect(todayQueue({ questions, cards, settings, done: { reviews: 0, news: 0 }, now: NOW })).toEqual([]);
  });

  it('subtracts what was already done today from both limits', () => {
    const questions = Array.from({ length: 30 }, (_, i) => q(`n${i}`, AREAS[i % 5]));
    const queue = todayQueue({ questions, cards: new Map(), settings, done: { reviews: 0, news: 7 }, now: NOW });
    expect(queue).toHaveLength(3);
  });

  it('introduces new questions easiest first, round-robin over areas', () => {
    const questions = [q('d3', 'data', 3), q('d1', 'data', 1), q('c2', 'coding', 2), q('c1', 'coding', 1), q('s1', 'system-design', 1)];
    const queue = todayQueue({ questions, cards: new Map(), settings, done: { reviews: 0, news: 0 }, now: NOW });
    expect(queue.map((i) => i.questionId)).toEqual(['d1', 'c1', 's1', 'd3', 'c2']);
  });

  const areaArb = fc.constantFrom<Area>(...AREAS);
  const bank = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), area: areaArb, difficulty: fc.constantFrom<1 | 2 | 3>(1, 2, 3), dueIn: fc.option(fc.integer({ min: -200, max: 200 })), suspended: fc.boolean() }), { selector: (x) => x.id, maxLength: 120 });

  it('respects both daily limits, never repeats, and includes only due or new questions (property)', () => {
    fc.assert(
      fc.property(bank, fc.nat(40), fc.nat(60), fc.nat(20), fc.nat(30), (rows, newPerDay, reviewsPerDay, doneNews, doneReviews) => {
        const questions = rows.map((r) => q(r.id, r.area, r.difficulty));
        const cards = new Map(
          rows.map((r) => [r.id, r.dueIn === null ? { ...newCard(r.id), suspended: r.suspended } : reviewCard(r.id, NOW + r.dueIn * HOUR, { suspended: r.suspended })]),
        );
        const done = { news: doneNews, reviews: doneReviews };
        const queue = todayQueue({ questions, cards, settings: { newPerDay, reviewsPerDay, rolloverHour: 4 }, done, now: NOW });
        const news = queue.filter((i) => i.kind === 'new').length;
        const reviews = queue.length - news;
        expect(news).toBeLessThanOrEqual(Math.max(0, newPerDay - doneNews));
        expect(reviews).toBeLessThanOrEqual(Math.max(0, reviewsPerDay - doneReviews));
        expect(new Set(queue.map((i) => i.questionId)).size).toBe(queue.length);
        for (const item of queue) expect(cards.get(item.questionId)!.suspended).toBe(false);
        // Nothing eligible is left out while its limit still has room.
        const eligibleNew = rows.filter((r) => r.dueIn === null && !r.suspended).length;
        expect(news).toBe(Math.min(eligibleNew, Math.max(0, newPerDay - doneNews)));
      }),
    );
  });
});

describe('interleave', () => {
  const item = (questionId: string, area: Area): QueueItem => ({ questionId, area, kind: 'review' });

  it('breaks a run of three of one area when another is available', () => {
    const out = interleave([item('1', 'data'), item('2', 'data'), item('3', 'data'), item('4', 'coding')]);
    expect(out.map((i) => i.questionId)).toEqual(['1', '2', '4', '3']);
  });

  it('no area comes three times in a row while another remains (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<Area>(...AREAS), { maxLength: 60 }), (areas) => {
        const out = interleave(areas.map((area, i) => item(String(i), area)));
        expect(out.map((i) => i.questionId).sort()).toEqual(areas.map((_, i) => String(i)).sort());
        for (let i = 2; i < out.length; i++) {
          const run = out[i].area === out[i - 1].area && out[i].area === out[i - 2].area;
          // A third in a row is allowed only when nothing else was left at that point.
          if (run) expect(out.slice(i).every((x) => x.area === out[i].area)).toBe(true);
        }
      }),
    );
  });

  it('counts due and new per area', () => {
    const counts = countByArea([item('1', 'data'), { questionId: '2', area: 'data', kind: 'new' }, item('3', 'coding')]);
    expect(counts.get('data')).toEqual({ due: 1, new: 1 });
    expect(counts.get('coding')).toEqual({ due: 1, new: 0 });
  });
});
