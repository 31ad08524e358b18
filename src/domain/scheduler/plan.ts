// The learner's interview plan, from their settings: a deadline, or none for plain FSRS.
import type { QuestionMeta } from '../bank/schema';
import { interviewTime, type Settings } from '../settings';
import type { Deadline } from './deadline';

export function deadlineOf(settings: Pick<Settings, 'interviewDate' | 'dailyMinutes'>, timeScale = 1): Deadline | null {
  return settings.interviewDate ? { interviewAt: interviewTime(settings.interviewDate), dailyMinutes: settings.dailyMinutes, timeScale } : null;
}

/** The questions the interview plan covers: the chosen areas and role tracks (none chosen: all). */
export function planScope<Q extends Pick<QuestionMeta, 'area' | 'roles'>>(questions: readonly Q[], settings: Pick<Settings, 'planAreas' | 'planRoles'>): Q[] {
  return questions.filter(
    (q) =>
      (settings.planAreas.length === 0 || settings.planAreas.includes(q.area)) &&
      (settings.planRoles.length === 0 || q.roles.some((role) => settings.planRoles.includes(role))),
  );
}
