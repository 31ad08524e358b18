// React hooks over repo reads. useLiveQuery re-runs them when the data changes, in this tab or another.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Question } from '../domain/bank/schema';
import { dayStart, dayStreak } from '../domain/scheduler/day';
import { todayQueue, type QueueItem } from '../domain/scheduler/queue';
import type { Settings } from '../domain/settings';
import { fetchQuestion, questionIndex } from './bank';
import { repo } from './repo';

const YEAR = 366 * 24 * 3600 * 1000;

export function useSettings(): Settings | undefined {
  return useLiveQuery(() => repo.settings(), []);
}

export interface TodayState {
  queue: QueueItem[];
  streak: number;
  sessionInProgress: boolean;
}

/** Today's queue, streak and whether a session of today is waiting to be resumed. */
export function useToday(now: number): TodayState | undefined {
  return useLiveQuery(async () => {
    const settings = await repo.settings();
    const start = dayStart(now, settings.rolloverHour);
    const [cards, done, times, session] = await Promise.all([
      repo.cards(),
      repo.doneSince(start),
      repo.attemptTimesSince(start - YEAR),
      repo.session(),
    ]);
    return {
      queue: todayQueue({ questions: questionIndex, cards, settings, done, now }),
      streak: dayStreak(times, now, settings.rolloverHour),
      sessionInProgress: session !== null && session.phase !== 'done' && session.startedAt >= start,
    };
  }, [now]);
}

export function useCard(questionId: string) {
  return useLiveQuery(() => repo.card(questionId), [questionId]);
}

export function useAttempts(questionId: string) {
  return useLiveQuery(() => repo.attemptsFor(questionId), [questionId]);
}

/** A question's full text, loaded on demand; undefined while loading. */
export function useQuestion(id: string | undefined): { question?: Question; error?: string } {
  const [state, setState] = useState<{ id?: string; question?: Question; error?: string }>({});
  useEffect(() => {
    if (!id) return;
    let live = true;
    fetchQuestion(id).then(
      (question) => live && setState({ id, question }),
      (e: unknown) => live && setState({ id, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state.id === id ? state : {};
}

export function useMocks() {
  return useLiveQuery(() => repo.mocks(), []);
}

export function useMock(id: string) {
  return useLiveQuery(() => repo.mock(id), [id]);
}

/** Everything the weak-areas and statistics pages compute from. */
export function useLearnerData() {
  return useLiveQuery(async () => {
    const [settings, cards, attempts, mocks] = await Promise.all([repo.settings(), repo.cards(), repo.attempts(), repo.mocks()]);
    return { settings, cards, attempts, mocks };
  }, []);
}
