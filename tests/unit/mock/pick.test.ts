import { describe, expect, it } from 'vitest';
import type { QuestionMeta } from '../../../src/domain/bank/schema';
import type { Area } from '../../../src/domain/bank/vocabulary';
import { MOCK_FORMATS } from '../../../src/domain/mock/formats';
import { pickMockQuestions } from '../../../src/domain/mock/pick';
import { rate } from '../../../src/domain/scheduler/fsrs';
import { newCard, type Card } from '../../../src/domain/scheduler/memory';

const DAY = 86_400_000;
const NOW = 1_800_000_000_000;
const meta = (id: string, area: Area, difficulty: 1 | 2 | 3 = 1): QuestionMeta => ({ id, area, title: id, difficulty, topics: [], minutes: 5, roles: [], dimensions: [] });
const reviewed = (id: string, rating: 1 | 4, at: number): Card => ({ ...newCard(id), memory: rate(null, id, rating, at, 0.9) });
const slots = [{ area: 'data' as const, maxDifficulty: 2 as const }, { area: 'data' as const, maxDifficulty: 2 as const }];

describe('pickMockQuestions', () => {
  it('prefers unseen, then weak, never repeats, and skips recently seen ones when it can', () => {
    const questions = [meta('strong', 'data'), meta('weak', 'data'), meta('unseen', 'data'), meta('recent', 'data'), meta('hard', 'data', 3)];
    const cards = new Map([
      ['strong', reviewed('strong', 4, NOW - 20 * DAY)],
      ['weak', reviewed('weak', 1, NOW - 20 * DAY)],
      ['recent', reviewed('recent', 1, NOW - DAY)],
    ]);
    const lastSeen = new Map([['recent', NOW - DAY]]);
    const picked = pickMockQuestions({ slots, questions, cards, lastSeen, now: NOW, random: () => 0 });
    expect(picked.map((q) => q.id)).toEqual(['unseen', 'weak']);
  });

  it('falls back to recently seen questions rather than fail, but never picks a suspended one', () => {
    const questions = [meta('recent', 'data'), meta('suspended', 'data'), meta('other', 'data')];
    const cards = new Map([['suspended', { ...newCard('suspended'), suspended: true }]]);
    const lastSeen = new Map([['recent', NOW - DAY], ['other', NOW - DAY]]);
    const picked = pickMockQuestions({ slots, questions, cards, lastSeen, now: NOW, random: () => 0 });
    expect(picked.map((q) => q.id).sort()).toEqual(['other', 'recent']);
  });

  it('fills every slot of every built-in format from a full bank, all distinct', () => {
    const areas: Area[] = ['coding', 'system-design', 'data', 'quality', 'behavioral'];
    const questions = areas.flatMap((area) => [1, 2, 3].flatMap((d) => [meta(`${area}-${d}a`, area, d as 1 | 2 | 3), meta(`${area}-${d}b`, area, d as 1 | 2 | 3)]));
    for (const format of MOCK_FORMATS) {
      const picked = pickMockQuestions({ slots: format.slots, questions, cards: new Map(), lastSeen: new Map(), now: NOW, random: Math.random });
      expect(picked.map((q) => q.area)).toEqual(format.slots.map((s) => s.area));
      expect(new Set(picked).size).toBe(picked.length);
      picked.forEach((q, i) => expect(q.difficulty).toBeLessThanOrEqual(format.slots[i].maxDifficulty));
    }
  });

  it('says which area ran out', () => {
    expect(() => pickMockQuestions({ slots, questions: [meta('only', 'data')], cards: new Map(), lastSeen: new Map(), now: NOW, random: () => 0 })).toThrow(
      'no data question available',
    );
  });
});
