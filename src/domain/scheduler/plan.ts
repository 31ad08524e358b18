// The learner's interview plan, from their settings: a deadline, or none for plain FSRS.
import type { QuestionMeta } from '../bank/schema';
import { interviewTime, type Settings } from '../settings';
import type { Deadline } from './deadline';

/** The plan is fitted to this many of the learner's latest answers: enough for its four time scales, and quick to read. */
export const CALIBRATION_ANSWERS = 1000;

/** The interview plan from the settings, with what was fitted to the learner (`forgetting`, `answerSeconds`). */
export function deadlineOf(settings: Pick<Settings, 'interviewDate' | 'dailyMinutes'>, fitted: Pick<Deadline, 'forgetting' | 'answerSeconds'> = {}): Deadline | null {
  return settings.interviewDate ? { interviewAt: interviewTime(settings.interviewDate), dailyMinutes: settings.dailyMinutes, ...fitted } : null;
}

/** The questions the interview plan covers: the chosen areas and role tracks (none chosen: all). */
export function planScope<Q extends Pick<QuestionMeta, 'area' | 'roles'>>(questions: readonly Q[], settings: Pick<Settings, 'planAreas' | 'planRoles'>): Q[] {
  return questions.filter(
    (q) =>
      (settings.planAreas.length === 0 || settings.planAreas.includes(q.area)) &&
      (settings.planRoles.length === 0 || q.roles.some((role) => settings.planRoles.includes(role))),
  );
}
