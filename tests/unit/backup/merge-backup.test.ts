import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BackupData } from '../../../src/domain/backup/backup-schema';
import { mergeCard, planImport } from '../../../src/domain/backup/merge-backup';
import type { Mock } from '../../../src/domain/mock/mock-session';
import type { Attempt } from '../../../src/domain/practice/attempt';
import type { Card, Memory } from '../../../src/domain/scheduler/memory';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { EMPTY_DATA, NOW, backupDataArb } from './sample';

const DAY = 86_400_000;
const memory = (lastReview: number | null, stability = 3): Memory => ({
  due: NOW + DAY,
  stability,
  difficulty: 5,
  elapsedDays: 1,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 2,
  lapses: 0,
  state: 2,
  lastReview,
});
const card = (questionId: string, fields: Partial<Card> = {}): Card => ({ questionId, memory: null, suspended: false, starred: false, note: '', ...fields });
const attempt = (id: string, at: number, questionId = 'q1'): Attempt => ({
  id,
  questionId,
  at,
  mode: 'practice',
  rating: 3,
  rubricHit: [],
  rubricTotal: 3,
  answer: id,
  durationMs: 1000,
  before: null,
  after: memory(at),
});
const session = (id: string) => ({
  kind: 'practice' as const,
  session: { id, dayKey: '2025-06-01', startedAt: NOW, queue: [], results: [], phase: 'done' as const, hintsShown: 0, ticked: [], answer: '', questionStartedAt: NOW },
});
const mock = (id: string, notes = ''): Mock => ({
  id,
  format: 'coding-45',
  hideDifficulty: false,
  startedAt: NOW - DAY,
  questions: [{ questionId: 'q1', notes, scores: {}, rating: null, attemptId: null }],
  phases: [{ name: 'Code', minutes: 30, question: 0 }],
  phaseStarts: [NOW - DAY],
  endedAt: NOW - DAY + 1_800_000,
});

const current: BackupData = {
  cards: [card('q1', { memory: memory(NOW - 2 * DAY), note: 'mine' }), card('q2', { memory: memory(NOW - DAY) })],
  attempts: [attempt('a1', NOW - 3 * DAY), attempt('a2', NOW - 2 * DAY)],
  sessions: [session('here')],
  mocks: [mock('m1', 'mine'), mock('m2')],
  settings: { ...DEFAULT_SETTINGS, newPerDay: 5 },
};
const incoming: BackupData = {
  cards: [card('q1', { memory: memory(NOW - DAY, 9), starred: true, note: 'theirs' }), card('q2', { memory: memory(NOW - 5 * DAY), suspended: true }), card('q3')],
  attempts: [attempt('a0', NOW - 10 * DAY), attempt('a2', NOW - 2 * DAY), attempt('a3', NOW - DAY)],
  sessions: [session('there')],
  mocks: [mock('m0'), mock('m1', 'theirs'), mock('m3')],
  settings: { ...DEFAULT_SETTINGS, newPerDay: 20 },
};

describe('planImport: replace', () => {
  const plan = planImport(current, incoming, 'replace');

  it('results in exactly the file data', () => {
    expect(plan.data).toStrictEqual(incoming);
  });

  it('previews what goes and what comes', () => {
    expect(plan.preview).toEqual({
      mode: 'replace',
      incoming: { cards: 3, attempts: 3, sessions: 1, mocks: 3 },
      current: { cards: 2, attempts: 2, sessions: 1, mocks: 2 },
      result: { cards: 3, attempts: 3, sessions: 1, mocks: 3 },
      attemptRange: { first: NOW - 10 * DAY, last: NOW - DAY },
      newAttempts: 2,
      presentAttempts: 1,
      removedAttempts: 1,
      newMocks: 2,
      presentMocks: 1,
      removedMocks: 1,
      cards: { added: 1, changed: 2, removed: 0 },
      settings: 'replaced',
    });
  });

  it('counts removed cards', () => {
    expect(planImport(current, EMPTY_DATA, 'replace').preview).toMatchObject({ removedAttempts: 2, cards: { added: 0, changed: 0, removed: 2 }, attemptRange: null });
  });

  it("takes the file's mocks, its copy of a mock on both sides included", () => {
    expect(plan.data.mocks).toStrictEqual([mock('m0'), mock('m1', 'theirs'), mock('m3')]);
    expect(planImport(current, EMPTY_DATA, 'replace').preview).toMatchObject({ result: { mocks: 0 }, newMocks: 0, presentMocks: 0, removedMocks: 2 });
  });
});

describe('planImport: merge', () => {
  const plan = planImport(current, incoming, 'merge');

  it('keeps every current attempt and adds the new ones by id, without duplicates', () => {
    expect(plan.data.attempts.map((a) => a.id)).toEqual(['a1', 'a2', 'a0', 'a3']);
    expect(plan.data.attempts[1]).toBe(current.attempts[1]);
  });

  it('merges cards by the later review, keeping current marks and filling gaps', () => {
    expect(plan.data.cards).toEqual([
      // q1: the file was reviewed later, so its memory; the current note stays; the file's star fills in.
      card('q1', { memory: memory(NOW - DAY, 9), note: 'mine', starred: true }),
      // q2: the current card was reviewed later; the file's suspension fills in.
      card('q2', { memory: memory(NOW - DAY), suspended: true }),
      card('q3'),
    ]);
  });

  it('keeps every current mock and adds the new ones by id; on a conflict the current mock wins', () => {
    expect(plan.data.mocks.map((m) => m.id)).toEqual(['m1', 'm2', 'm0', 'm3']);
    expect(plan.data.mocks[0]).toBe(current.mocks[0]);
    expect(plan.data.mocks[0].questions[0].notes).toBe('mine');
  });

  it('keeps the current settings and session, adding a session only for a kind without one', () => {
    expect(plan.data.settings).toEqual(current.settings);
    expect(plan.data.sessions).toEqual([session('here')]);
    expect(planImport({ ...current, sessions: [] }, incoming, 'merge').data.sessions).toEqual([session('there')]);
  });

  it('previews counts, date range and new vs present attempts', () => {
    expect(plan.preview).toEqual({
      mode: 'merge',
      incoming: { cards: 3, attempts: 3, sessions: 1, mocks: 3 },
      current: { cards: 2, attempts: 2, sessions: 1, mocks: 2 },
      result: { cards: 3, attempts: 4, sessions: 1, mocks: 4 },
      attemptRange: { first: NOW - 10 * DAY, last: NOW - DAY },
      newAttempts: 2,
      presentAttempts: 1,
      removedAttempts: 0,
      newMocks: 2,
      presentMocks: 1,
      removedMocks: 0,
      cards: { added: 1, changed: 2, removed: 0 },
      settings: 'kept',
    });
  });

  it('does not change its inputs', () => {
    const before = structuredClone({ current, incoming });
    planImport(current, incoming, 'merge');
    planImport(current, incoming, 'replace');
    expect({ current, incoming }).toEqual(before);
  });

  it('drops duplicate ids inside a file that did not come through parseBackup', () => {
    const doubled = { ...incoming, attempts: [...incoming.attempts, attempt('a3', NOW)] };
    expect(planImport(EMPTY_DATA, doubled, 'merge').data.attempts.map((a) => a.id)).toEqual(['a0', 'a2', 'a3']);
    const doubledMocks = { ...incoming, mocks: [...incoming.mocks, mock('m0', 'again')] };
    for (const mode of ['merge', 'replace'] as const) {
      const plan = planImport(EMPTY_DATA, doubledMocks, mode);
      expect(plan.data.mocks.map((m) => m.questions[0].notes)).toEqual(['', 'theirs', '']);
      expect(plan.preview).toMatchObject({ incoming: { mocks: 4 }, newMocks: 3, presentMocks: 0 });
    }
  });
});

describe('mergeCard', () => {
  it('keeps the current memory on a tie and when neither was reviewed', () => {
    const mine = card('q', { memory: memory(NOW, 1) });
    expect(mergeCard(mine, card('q', { memory: memory(NOW, 2) })).memory).toBe(mine.memory);
    expect(mergeCard(card('q'), card('q')).memory).toBeNull();
  });

  it('prefers any reviewed memory to a never-reviewed one', () => {
    const theirs = card('q', { memory: memory(NOW - DAY) });
    expect(mergeCard(card('q'), theirs).memory).toBe(theirs.memory);
    expect(mergeCard(card('q', { memory: memory(null) }), theirs).memory).toBe(theirs.memory);
    expect(mergeCard(theirs, card('q')).memory).toBe(theirs.memory);
  });

  it('never unstars, unsuspends or clears a note of the current card', () => {
    const mine = card('q', { starred: true, suspended: true, note: 'mine' });
    expect(mergeCard(mine, card('q', { memory: memory(NOW) }))).toMatchObject({ starred: true, suspended: true, note: 'mine' });
  });
});

describe('planImport properties', () => {
  it('merge is idempotent and loses no attempt or mock from either side', () => {
    fc.assert(
      fc.property(backupDataArb, backupDataArb, (a, b) => {
        const once = planImport(a, b, 'merge').data;
        expect(planImport(once, b, 'merge').data).toStrictEqual(once);
        const ids = new Set(once.attempts.map((x) => x.id));
        expect(ids.size).toBe(once.attempts.length);
        for (const x of [...a.attempts, ...b.attempts]) expect(ids.has(x.id)).toBe(true);
        expect(new Set(once.cards.map((c) => c.questionId)).size).toBe(once.cards.length);
        const preview = planImport(a, b, 'merge').preview;
        expect(preview.newAttempts + preview.presentAttempts).toBe(b.attempts.length);
        expect(preview.result.attempts).toBe(a.attempts.length + preview.newAttempts);
        const mockIds = new Set(once.mocks.map((m) => m.id));
        expect(mockIds.size).toBe(once.mocks.length);
        for (const m of a.mocks) expect(once.mocks).toContain(m); // the current mock itself, on a conflict too
        for (const m of b.mocks) expect(mockIds.has(m.id)).toBe(true);
        expect(preview.newMocks + preview.presentMocks).toBe(b.mocks.length);
        expect(preview.result.mocks).toBe(a.mocks.length + preview.newMocks);
        expect(preview.removedMocks).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('replace gives the file, whatever was there', () => {
    fc.assert(
      fc.property(backupDataArb, backupDataArb, (a, b) => {
        expect(planImport(a, b, 'replace').data).toStrictEqual(b);
      }),
      { numRuns: 50 },
    );
  });
});
