import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type BridgeDb } from '../../src/data/db';
import { createRepo } from '../../src/data/repo';
import type { QuestionMeta } from '../../src/domain/bank/schema';
import type { Attempt } from '../../src/domain/practice/attempt';
import { sessionReducer } from '../../src/domain/practice/session';
import { rate } from '../../src/domain/scheduler/fsrs';
import { RATINGS, type Rating } from '../../src/domain/scheduler/memory';

const NOW = new Date(2026, 10, 27, 10).getTime();
const DAY = 86_400_000;
const questions: QuestionMeta[] = ['a', 'b', 'c'].map((id, i) => ({
  id,
  area: (['data', 'quality', 'coding'] as const)[i],
  title: id,
  difficulty: 1,
  topics: [],
  minutes: 5,
  roles: [],
  dimensions: [],
}));

let n = 0;
const dbs: BridgeDb[] = [];
function fresh() {
  const db = openDb(`test-${++n}`);
  dbs.push(db);
  return { db, repo: createRepo(db, questions) };
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

async function answer(repo: ReturnType<typeof createRepo>, rating: Rating, now: number, id: string) {
  const session = (await repo.session())!;
  const item = session.queue[session.results.length];
  const card = await repo.card(item.questionId);
  const after = rate(card.memory, item.questionId, rating, now, 0.9);
  const revealed = sessionReducer(session, { type: 'reveal' });
  const next = sessionReducer(revealed, { type: 'rated', rating, attemptId: id, nextDue: after.due, now });
  const attempt: Attempt = { id, questionId: item.questionId, at: now, mode: 'practice', rating, rubricHit: [], rubricTotal: 4, answer: '', durationMs: 1000, before: card.memory, after };
  await repo.recordRating(attempt, next);
  return { attempt, next };
}

describe('repo', () => {
  it('starts a session on today’s queue and saves it for a reload', async () => {
    const { repo } = fresh();
    const session = await repo.startPracticeSession(NOW, 's1');
    expect(session.queue.map((i) => i.questionId)).toEqual(['a', 'b', 'c']);
    expect(await repo.session()).toEqual(session);
  });

  it('writes attempt, card and session together; undo puts the card back exactly', async () => {
    const { db, repo } = fresh();
    await repo.startPracticeSession(NOW, 's1');
    await repo.updateCard('a', { starred: true, note: 'remember the split' });
    const cardBefore = await repo.card('a');
    const { attempt, next } = await answer(repo, 3, NOW, 'x1');
    expect(await db.attempts.get('x1')).toEqual(attempt);
    expect((await repo.card('a')).memory).toEqual(attempt.after);
    expect(await repo.session()).toEqual(next);
    expect(await repo.doneSince(NOW - DAY)).toEqual({ news: 1, reviews: 0, spentSeconds: 1 });

    const undone = sessionReducer(next, { type: 'undo', now: NOW + 5 });
    await repo.undoRating('x1', undone);
    expect(await repo.card('a')).toEqual(cardBefore);
    expect(await db.attempts.count()).toBe(0);
    expect(await repo.session()).toEqual(undone);
  });

  it('writes nothing when any part of a rating fails', async () => {
    const { db, repo } = fresh();
    await repo.startPracticeSession(NOW, 's1');
    await answer(repo, 3, NOW, 'dup');
    const snapshot = { cards: await db.cards.toArray(), session: await repo.session() };
    // A second attempt with the same id fails inside the transaction: the card and session must not move.
    await expect(answer(repo, 1, NOW + DAY, 'dup')).rejects.toThrow();
    expect(await db.cards.toArray()).toEqual(snapshot.cards);
    expect(await repo.session()).toEqual(snapshot.session);
    expect(await db.attempts.count()).toBe(1);
  });

  it('rate then undo, over any history, restores every card exactly (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom<Rating>(...RATINGS), { minLength: 1, maxLength: 8 }), async (ratings) => {
        const { repo } = fresh();
        let now = NOW;
        for (const [i, rating] of ratings.entries()) {
          await repo.startPracticeSession(now, `s${i}`);
          const session = (await repo.session())!;
          if (session.queue.length === 0) {
            now += 30 * DAY;
            continue;
          }
          const id = session.queue[0].questionId;
          const before = await repo.card(id);
          const { next } = await answer(repo, rating, now, `x${i}`);
          await repo.undoRating(`x${i}`, sessionReducer(next, { type: 'undo', now }));
          expect(await repo.card(id)).toEqual(before);
          // Re-rate for real so that the next round starts from a reviewed card.
          await answer(repo, rating, now, `y${i}`);
          now += 10 * DAY;
        }
      }),
      { numRuns: 25 },
    );
  });

  it('keeps settings valid: defaults first, then what was saved', async () => {
    const { repo } = fresh();
    expect((await repo.settings()).newPerDay).toBe(10);
    await repo.saveSettings({ newPerDay: 3, reviewsPerDay: 50, retention: 0.85, rolloverHour: 5, theme: 'dark', interviewDate: null, dailyMinutes: 60, planAreas: [], planRoles: [], trackStart: null });
    expect(await repo.settings()).toEqual({ newPerDay: 3, reviewsPerDay: 50, retention: 0.85, rolloverHour: 5, theme: 'dark', interviewDate: null, dailyMinutes: 60, planAreas: [], planRoles: [], trackStart: null });
    await expect(repo.saveSettings({ newPerDay: 3, reviewsPerDay: 50, retention: 0.5, rolloverHour: 5, theme: 'dark', interviewDate: null, dailyMinutes: 60, planAreas: [], planRoles: [], trackStart: null })).rejects.toThrow();
  });

  it('with an interview date, rates with the plan’s retention, fitted to the learner’s own answers', async () => {
    const { db, repo } = fresh();
    const settings = await repo.settings();
    expect(await repo.deadline(settings, NOW)).toBeNull();
    expect(await repo.retention(NOW, null)).toBe(settings.retention);

    // Twelve first answers of five minutes each: the plan counts five minutes per new question.
    const firsts: Attempt[] = Array.from({ length: 12 }, (_, i) => {
      const after = rate(null, 'a', 3, NOW - (i + 1) * DAY, 0.9);
      return { id: `f${i}`, questionId: 'a', at: NOW - (i + 1) * DAY, mode: 'practice', rating: 3, rubricHit: [], rubricTotal: 4, answer: '', durationMs: 300_000, before: null, after };
    });
    await db.attempts.bulkAdd(firsts);
    await repo.saveSettings({ ...settings, interviewDate: '2027-02-01', dailyMinutes: 45 });
    const deadline = (await repo.deadline(await repo.settings(), NOW))!;
    expect(deadline.dailyMinutes).toBe(45);
    expect(deadline.answerSeconds?.new).toBe(300);
    expect(deadline.forgetting).toEqual([1, 1, 1, 1]);
    // The fit holds for the learning day; the next day it takes the newer answers in.
    await db.attempts.bulkAdd(firsts.map((a, i) => ({ ...a, id: `g${i}`, at: NOW - 1000, durationMs: 600_000 })));
    expect((await repo.deadline(await repo.settings(), NOW))!.answerSeconds?.new).toBe(300);
    expect((await repo.deadline(await repo.settings(), NOW + DAY))!.answerSeconds?.new).toBe(450);
    // Long before the date the plan rates at its lower early retention; in the last days at the learner's.
    expect(await repo.retention(NOW, null)).toBeCloseTo(0.85, 10);
    expect(await repo.retention(new Date(2027, 0, 28, 10).getTime(), null)).toBe(settings.retention);
  });
});
