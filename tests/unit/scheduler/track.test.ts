import { describe, expect, it } from 'vitest';
import type { Area } from '../../../src/domain/bank/vocabulary';
import { todayQueue } from '../../../src/domain/scheduler/queue';
import { planScope } from '../../../src/domain/scheduler/plan';
import { trackDay } from '../../../src/domain/scheduler/track';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();

describe('90-day track', () => {
  it('moves through its three phases and ends after day 90', () => {
    expect(trackDay('2026-01-01', at(2025, 12, 31), 4, null)).toBeNull();
    expect(trackDay('2026-01-01', at(2026, 1, 1), 4, null)).toMatchObject({ day: 1, phase: 1, focus: ['data', 'quality'] });
    expect(trackDay('2026-01-01', at(2026, 1, 30), 4, null)).toMatchObject({ day: 30, phase: 1 });
    expect(trackDay('2026-01-01', at(2026, 1, 31), 4, null)).toMatchObject({ day: 31, phase: 2, focus: ['system-design', 'coding'] });
    expect(trackDay('2026-01-01', at(2026, 3, 2), 4, null)).toMatchObject({ day: 61, phase: 3, focus: [] });
    expect(trackDay('2026-01-01', at(2026, 3, 31), 4, null)).toMatchObject({ day: 90 });
    expect(trackDay('2026-01-01', at(2026, 4, 1), 4, null)).toBeNull();
  });

  it('counts days by the learning day: 2 am still belongs to the day before', () => {
    expect(trackDay('2026-01-01', at(2026, 1, 2, 2), 4, null)?.day).toBe(1);
  });

  it('asks for a mock every 4 days in the last phase only', () => {
    const day70 = at(2026, 3, 11);
    expect(trackDay('2026-01-01', day70, 4, null)?.mockDue).toBe(true);
    expect(trackDay('2026-01-01', day70, 4, at(2026, 3, 9))?.mockDue).toBe(false);
    expect(trackDay('2026-01-01', day70, 4, at(2026, 3, 7))?.mockDue).toBe(true);
    expect(trackDay('2026-01-01', at(2026, 1, 20), 4, null)?.mockDue).toBe(false);
  });

  it('weights new questions towards the focus areas, two for one', () => {
    const areas: Area[] = ['coding', 'system-design', 'data', 'quality', 'behavioral'];
    const questions = areas.flatMap((area) => Array.from({ length: 6 }, (_, i) => ({ id: `${area}-${i}`, area, difficulty: 1 as const })));
    const queue = todayQueue({
      questions,
      cards: new Map(),
      settings: { newPerDay: 14, reviewsPerDay: 100, rolloverHour: 4 },
      done: { news: 0, reviews: 0 },
      now: at(2026, 1, 5),
      focus: ['data', 'quality'],
    });
    const count = (area: Area) => queue.filter((q) => q.area === area).length;
    expect(queue).toHaveLength(14);
    expect(count('data') + count('quality')).toBe(8);
    expect(count('coding')).toBe(2);
  });
});

describe('plan scope', () => {
  const q = (area: Area, roles: string[]) => ({ area, roles: roles as never[] });
  const bank = [q('data', ['fraud']), q('data', []), q('quality', ['ranking']), q('coding', ['fraud', 'mlops'])];
  it('keeps every question when nothing is chosen, and filters by areas and role tracks together', () => {
    expect(planScope(bank, { planAreas: [], planRoles: [] })).toHaveLength(4);
    expect(planScope(bank, { planAreas: ['data'], planRoles: [] })).toEqual([bank[0], bank[1]]);
    expect(planScope(bank, { planAreas: [], planRoles: ['fraud'] })).toEqual([bank[0], bank[3]]);
    expect(planScope(bank, { planAreas: ['data', 'quality'], planRoles: ['fraud', 'ranking'] })).toEqual([bank[0], bank[2]]);
  });
});
