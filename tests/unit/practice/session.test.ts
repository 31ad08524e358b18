import { describe, expect, it } from 'vitest';
import { currentItem, sessionReducer, startSession, type PracticeSession, type SessionAction } from '../../../src/domain/practice/session';
import { suggestRating } from '../../../src/domain/practice/suggest-rating';
import type { QueueItem } from '../../../src/domain/scheduler/queue';

const T0 = 1_800_000_000_000;
const queue: QueueItem[] = [
  { questionId: 'a', area: 'data', kind: 'review' },
  { questionId: 'b', area: 'coding', kind: 'new' },
];
const run = (session: PracticeSession, ...actions: SessionAction[]) => actions.reduce(sessionReducer, session);

describe('practice session reducer', () => {
  it('walks answer, reveal, tick and rate through the queue to the end', () => {
    let s = startSession('s1', '2026-11-27', queue, T0);
    expect(currentItem(s)?.questionId).toBe('a');
    s = run(s, { type: 'hint' }, { type: 'edit', answer: 'split first' }, { type: 'reveal' }, { type: 'tick', index: 2 }, { type: 'tick', index: 0 });
    expect(s.phase).toBe('revealed');
    expect(s.ticked).toEqual([0, 2]);
    s = run(s, { type: 'rated', rating: 3, attemptId: 'x1', nextDue: T0 + 9e7, now: T0 + 60_000 });
    expect(s.results).toEqual([{ questionId: 'a', attemptId: 'x1', rating: 3, ticked: [0, 2], answer: 'split first', durationMs: 60_000, nextDue: T0 + 9e7 }]);
    expect(s).toMatchObject({ phase: 'answering', answer: '', ticked: [], hintsShown: 0, questionStartedAt: T0 + 60_000 });
    expect(currentItem(s)?.questionId).toBe('b');
    s = run(s, { type: 'reveal' }, { type: 'rated', rating: 1, attemptId: 'x2', nextDue: T0 + 9e7, now: T0 + 90_000 });
    expect(s.phase).toBe('done');
    expect(currentItem(s)).toBeNull();
  });

  it('ignores actions that do not fit the phase', () => {
    const s = startSession('s1', 'd', queue, T0);
    expect(run(s, { type: 'rated', rating: 3, attemptId: 'x', nextDue: 0, now: T0 })).toBe(s);
    expect(run(s, { type: 'tick', index: 0 })).toBe(s);
    expect(run(s, { type: 'undo', now: T0 })).toBe(s);
    const revealed = run(s, { type: 'reveal' });
    expect(run(revealed, { type: 'hint' })).toBe(revealed);
  });

  it('undo returns to the rated question, revealed, with its ticks, answer and clock', () => {
    const s = run(
      startSession('s1', 'd', queue, T0),
      { type: 'edit', answer: 'my answer' },
      { type: 'reveal' },
      { type: 'tick', index: 1 },
      { type: 'rated', rating: 2, attemptId: 'x1', nextDue: 1, now: T0 + 30_000 },
    );
    const undone = run(s, { type: 'undo', now: T0 + 50_000 });
    expect(undone).toMatchObject({ phase: 'revealed', ticked: [1], answer: 'my answer', results: [], questionStartedAt: T0 + 20_000 });
    expect(currentItem(undone)?.questionId).toBe('a');
  });

  it('an empty queue is done at once', () => {
    expect(startSession('s', 'd', [], T0).phase).toBe('done');
  });

  it('survives a JSON round trip, as when it is saved and resumed', () => {
    const s = run(startSession('s1', 'd', queue, T0), { type: 'reveal' }, { type: 'rated', rating: 4, attemptId: 'x', nextDue: 5, now: T0 + 1 });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

describe('suggestRating', () => {
  it.each([
    [0, 5, 1],
    [1, 5, 1],
    [2, 5, 2],
    [3, 5, 2],
    [4, 5, 3],
    [5, 5, 4],
    [0, 0, 3],
  ])('%i of %i points suggests %i', (ticked, total, expected) => {
    expect(suggestRating(ticked, total)).toBe(expected);
  });
});
