import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewRatings, rate } from '../../../src/domain/scheduler/fsrs';
import { RATINGS, type Memory, type Rating } from '../../../src/domain/scheduler/memory';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2, 9);
const rating = fc.constantFrom<Rating>(...RATINGS);
/** A history of ratings, each given some hours to some months after the previous one. */
const history = fc.array(fc.tuple(rating, fc.integer({ min: 1, max: 120 * 24 })), { minLength: 1, maxLength: 25 });

function replay(steps: [Rating, number][], id = 'q-1', retention = 0.9) {
  let memory: Memory | null = null;
  let now = T0;
  const states: { before: Memory | null; after: Memory; at: number }[] = [];
  for (const [r, hours] of steps) {
    now += hours * 3_600_000;
    const after: Memory = rate(memory, id, r, now, retention);
    states.push({ before: memory, after, at: now });
    memory = after;
  }
  return states;
}

describe('rate', () => {
  it('schedules a new question and counts the review', () => {
    const memory = rate(null, 'q-1', 3, T0, 0.9);
    expect(memory.reps).toBe(1);
    expect(memory.lastReview).toBe(T0);
    expect(memory.due).toBeGreaterThan(T0);
    expect(memory.state).toBe(2);
  });

  it('schedules in whole days: even Again comes back no sooner than tomorrow', () => {
    const memory = rate(null, 'q-1', 1, T0, 0.9);
    expect(memory.due - T0).toBeGreaterThanOrEqual(DAY);
  });

  it('orders the next intervals Again <= Hard <= Good <= Easy', () => {
    const good = rate(rate(null, 'q-1', 3, T0, 0.9), 'q-1', 3, T0 + 5 * DAY, 0.9);
    const preview = previewRatings(good, 'q-1', T0 + 20 * DAY, 0.9);
    expect(preview[1].due).toBeLessThanOrEqual(preview[2].due);
    expect(preview[2].due).toBeLessThanOrEqual(preview[3].due);
    expect(preview[3].due).toBeLessThanOrEqual(preview[4].due);
  });

  it('matches the preview for every rating', () => {
    const memory = rate(null, 'q-1', 3, T0, 0.9);
    const preview = previewRatings(memory, 'q-1', T0 + 4 * DAY, 0.9);
    for (const r of RATINGS) expect(rate(memory, 'q-1', r, T0 + 4 * DAY, 0.9)).toEqual(preview[r]);
  });

  it('gives longer intervals for a lower desired retention', () => {
    const steps: [Rating, number][] = [[3, 0], [3, 72], [3, 240]];
    const low = replay(steps, 'q-1', 0.8).at(-1)!.after;
    const high = replay(steps, 'q-1', 0.95).at(-1)!.after;
    expect(low.due).toBeGreaterThan(high.due);
  });

  it('fuzz is seeded by the question id: same history, same intervals; another id may differ', () => {
    const steps: [Rating, number][] = [[3, 0], [3, 100], [3, 400], [4, 1500], [3, 3000]];
    expect(replay(steps, 'q-a')).toEqual(replay(steps, 'q-a'));
    const dues = new Set(['q-a', 'q-b', 'q-c', 'q-d', 'q-e', 'q-f'].map((id) => replay(steps, id).at(-1)!.after.due));
    expect(dues.size).toBeGreaterThan(1);
  });
});

describe('scheduler invariants (property tests)', () => {
  it('the next due is after the review time and stability stays positive', () => {
    fc.assert(
      fc.property(history, fc.constantFrom('q-1', 'sd-feed', 'coding-auc'), fc.double({ min: 0.7, max: 0.97, noNaN: true }), (steps, id, retention) => {
        for (const { after, at } of replay(steps, id, retention)) {
          expect(after.due).toBeGreaterThan(at);
          expect(after.stability).toBeGreaterThan(0);
          expect(Number.isFinite(after.difficulty)).toBe(true);
          expect(after.lastReview).toBe(at);
        }
      }),
    );
  });

  it('undo restores the card exactly: replaying from the stored memory gives the same result', () => {
    fc.assert(
      fc.property(history, rating, (steps, r) => {
        const states = replay(steps);
        const { before, after, at } = states.at(-1)!;
        // Undo puts `before` back; rating again from it at the same time reproduces `after`.
        expect(rate(before, 'q-1', steps.at(-1)![0], at, 0.9)).toEqual(after);
        // And the stored memory survives a JSON round trip (IndexedDB, backups) unchanged.
        expect(JSON.parse(JSON.stringify(after))).toEqual(after);
        expect(rate(after, 'q-1', r, at + DAY, 0.9).reps).toBe(after.reps + 1);
      }),
    );
  });
});
