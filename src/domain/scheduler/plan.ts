// The learner's interview plan, from their settings: a deadline, or none for plain FSRS.
import { interviewTime, type Settings } from '../settings';
import type { Deadline } from './deadline';

export function deadlineOf(settings: Pick<Settings, 'interviewDate' | 'dailyMinutes'>, timeScale = 1): Deadline | null {
  return settings.interviewDate ? { interviewAt: interviewTime(settings.interviewDate), dailyMinutes: settings.dailyMinutes, timeScale } : null;
}
