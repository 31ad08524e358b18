// React hooks over repo reads. useLiveQuery re-runs them when the data changes, in this tab or another.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { shouldRemindExport } from '../domain/backup/export-reminder';
import type { Question } from '../domain/bank/schema';
import { dayStart, dayStreak } from '../domain/scheduler/day';
import type { Area } from '../domain/bank/vocabulary';
import type { AreaRecall, Deadline, DeadlinePlan } from '../domain/scheduler/deadline';
import { planScope } from '../domain/scheduler/plan';
import type { QueueItem } from '../domain/scheduler/queue';
import { trackDay, type TrackDay } from '../domain/scheduler/track';
import type { Settings } from '../domain/settings';
import { fetchQuestion, questionIndex } from './bank';
import { repo } from './repo';
import { describeError } from './describe-error';

const YEAR = 366 * 24 * 3600 * 1000;

export function useSettings(): Settings | undefined {
  return useLiveQuery(() => repo.settings(), []);
}

export interface TodayState {
  queue: QueueItem[];
  streak: number;
  sessionInProgress: boolean;
  /** On the 90-day track: today's day and phase. */
  track: TrackDay | null;
  /** With an interview date: the plan's numbers and the predicted recall on the day per area. */
  plan: { deadline: Deadline; plan: DeadlinePlan; recall: Map<Area, AreaRecall> } | null;
}

/** Today's queue, streak and whether a session of today is waiting to be resumed. */
export function useToday(now: number): TodayState | undefined {
  return useLiveQuery(async () => {
    const { queue, settings, cards, done, deadline } = await repo.todayQueue(now);
    const start = dayStart(now, settings.rolloverHour);
    const [times, session, lastMockAt] = await Promise.all([
      repo.attemptTimesSince(start - YEAR),
      repo.session(),
      repo.lastMockAt(),
    ]);
    const inScope = planScope(questionIndex, settings).filter((q) => !cards.get(q.id)?.suspended);
    const plans = deadline && (await import('../domain/scheduler/deadline'));
    return {
      queue,
      streak: dayStreak(times, now, settings.rolloverHour),
      sessionInProgress: session !== null && session.phase !== 'done' && session.startedAt >= start,
      track: settings.trackStart ? trackDay(settings.trackStart, now, settings.rolloverHour, lastMockAt) : null,
      plan: deadline && plans && {
        deadline,
        plan: plans.deadlinePlan({
          interviewAt: deadline.interviewAt,
          now,
          rolloverHour: settings.rolloverHour,
          dailyMinutes: deadline.dailyMinutes,
          scopeSize: inScope.length,
          introduced: inScope.filter((q) => cards.get(q.id)?.memory).length,
          newToday: done.news,
          answerSeconds: deadline.answerSeconds,
        }),
        recall: plans.recallOnDayByArea(inScope, cards, deadline.interviewAt, deadline.forgetting),
      },
    };
  }, [now]);
}

/** Whether Today should suggest an export (see shouldRemindExport). */
export function useExportReminder(now: number): boolean | undefined {
  return useLiveQuery(async () => shouldRemindExport(await repo.lastExportAt(), await repo.attemptSpan(), now), [now]);
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
      (e: unknown) => live && setState({ id, error: describeError(e) }),
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

export function useBackups() {
  return useLiveQuery(async () => ({ lastExport: await repo.lastExportAt(), autos: await repo.autoBackups() }), []);
}
