// Runs today's practice session: the pure reducer decides, the repo stores, one transaction
// per rating. The session is saved on every change so that a reload resumes it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { repo } from '../../data/repo';
import type { Attempt } from '../../domain/practice/attempt';
import { currentItem, sessionReducer, type PracticeSession, type SessionAction } from '../../domain/practice/session';
import { dayKey } from '../../domain/scheduler/day';
import { rate } from '../../domain/scheduler/fsrs';
import type { Rating } from '../../domain/scheduler/memory';
import { describeError } from '../../data/describe-error';

const askBeforeLeaving = (event: BeforeUnloadEvent) => event.preventDefault();

export function usePracticeSession() {
  const [session, setSession] = useState<PracticeSession | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = useRef<PracticeSession | null>(null);
  const busy = useRef(false);

  const show = useCallback((next: PracticeSession) => {
    current.current = next;
    setSession(next);
  }, []);

  const fail = useCallback((e: unknown) => setError(describeError(e)), []);

  useEffect(() => {
    (async () => {
      const now = Date.now();
      const settings = await repo.settings();
      const saved = await repo.session();
      const resumable = saved !== null && saved.dayKey === dayKey(now, settings.rolloverHour);
      show(resumable ? saved : await repo.startPracticeSession(now, crypto.randomUUID()));
    })().catch(fail);
  }, [show, fail]);

  /** Actions that change only the session (hints, typing, reveal, ticks). */
  const dispatch = useCallback(
    (action: SessionAction) => {
      if (!current.current) return;
      const next = sessionReducer(current.current, action);
      if (next === current.current) return;
      show(next);
      repo.saveSession(next).catch(fail);
    },
    [show, fail],
  );

  /**
   * Runs one write at a time; a failure is shown and leaves the screen as it was. While a write is
   * in flight, leaving the page asks first: unloading would abort its transaction.
   */
  const exclusive = useCallback(
    async (write: () => Promise<PracticeSession>) => {
      if (busy.current) return;
      busy.current = true;
      window.addEventListener('beforeunload', askBeforeLeaving);
      try {
        const next = await write();
        setError(null);
        show(next);
      } catch (e) {
        fail(e);
      } finally {
        busy.current = false;
        window.removeEventListener('beforeunload', askBeforeLeaving);
      }
    },
    [show, fail],
  );

  /** Rates the current question: attempt, card and session are written together or not at all. */
  const rateCurrent = useCallback(
    async (rating: Rating, rubricTotal: number) => {
      const before = current.current;
      const item = before && currentItem(before);
      if (!before || !item || before.phase !== 'revealed') return;
      await exclusive(async () => {
        const now = Date.now();
        const card = await repo.card(item.questionId);
        const memory = rate(card.memory, item.questionId, rating, now, await repo.retention(now, card.memory));
        const attemptId = crypto.randomUUID();
        const next = sessionReducer(before, { type: 'rated', rating, attemptId, nextDue: memory.due, now });
        const result = next.results.at(-1)!;
        const attempt: Attempt = {
          id: attemptId,
          questionId: item.questionId,
          at: now,
          mode: before.mode ?? 'practice',
          rating,
          rubricHit: result.ticked,
          rubricTotal,
          answer: result.answer,
          ...(result.tests ? { tests: result.tests } : {}),
          durationMs: result.durationMs,
          before: card.memory,
          after: memory,
        };
        await repo.recordRating(attempt, next);
        return next;
      });
    },
    [exclusive],
  );

  /** Takes the last rating back: the card returns to its stored previous memory. */
  const undo = useCallback(async () => {
    const before = current.current;
    const last = before?.results.at(-1);
    if (!before || !last) return;
    await exclusive(async () => {
      const next = sessionReducer(before, { type: 'undo', now: Date.now() });
      await repo.undoRating(last.attemptId, next);
      return next;
    });
  }, [exclusive]);

  return { session, error, dispatch, rateCurrent, undo };
}
