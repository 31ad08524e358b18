import { describe, expect, it } from 'vitest';
import { dayKey, dayStart, dayStreak, nextDayStart } from '../../../src/domain/scheduler/day';

// vitest.config.ts pins TZ to Europe/Berlin.
const local = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('learning day', () => {
  it('starts at the rollover hour: 2 am still belongs to the day before', () => {
    expect(dayKey(local(2026, 11, 27, 2), 4)).toBe('2026-11-26');
    expect(dayKey(local(2026, 11, 27, 4), 4)).toBe('2026-11-27');
    expect(dayStart(local(2026, 11, 27, 23, 59), 4)).toBe(local(2026, 11, 27, 4));
    expect(nextDayStart(local(2026, 11, 27, 3), 4)).toBe(local(2026, 11, 27, 4));
  });

  it('follows the local clock across a daylight-saving change (a 23-hour day)', () => {
    // Berlin springs forward at 2 am on 2026-03-29, inside the day that starts 2026-03-28 4 am.
    const start = dayStart(local(2026, 3, 28, 12), 4);
    const next = nextDayStart(local(2026, 3, 28, 12), 4);
    expect(next - start).toBe(23 * 3_600_000);
    expect(new Date(next).getHours()).toBe(4);
  });

  it('with rollover 0 the day is the calendar day', () => {
    expect(dayKey(local(2026, 1, 1, 0, 30), 0)).toBe('2026-01-01');
  });
});

describe('dayStreak', () => {
  const now = local(2026, 11, 27, 20);
  it('counts consecutive days ending today', () => {
    const times = [local(2026, 11, 27, 9), local(2026, 11, 26, 22), local(2026, 11, 26, 8), local(2026, 11, 25, 5)];
    expect(dayStreak(times, now, 4)).toBe(3);
  });
  it('keeps yesterday’s streak until today is over', () => {
    expect(dayStreak([local(2026, 11, 26, 9), local(2026, 11, 25, 9)], now, 4)).toBe(2);
  });
  it('breaks on a missed day and is 0 without practice', () => {
    expect(dayStreak([local(2026, 11, 27, 9), local(2026, 11, 25, 9)], now, 4)).toBe(1);
    expect(dayStreak([], now, 4)).toBe(0);
  });
  it('counts practice at 1 am towards the previous day', () => {
    expect(dayStreak([local(2026, 11, 27, 1), local(2026, 11, 25, 12)], local(2026, 11, 27, 2), 4)).toBe(2);
  });
});
