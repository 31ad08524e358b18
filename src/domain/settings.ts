// zod/mini: the settings are read on the first page, where full Zod would cost ~40 KB gzipped.
import * as z from 'zod/mini';
import { AREAS, ROLES } from './bank/vocabulary';

export const THEMES = ['system', 'light', 'dark'] as const;

const intIn = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

export const settingsSchema = z.object({
  newPerDay: intIn(0, 200),
  reviewsPerDay: intIn(0, 1000),
  retention: z.number().check(z.gte(0.7), z.lte(0.97)),
  rolloverHour: intIn(0, 23),
  theme: z.enum(THEMES),
  /** The interview day (YYYY-MM-DD, local), or null: with a date, Bridge plans for that day. */
  interviewDate: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** Minutes a day the learner can practise; the deadline plan stays within it. */
  dailyMinutes: intIn(5, 600),
  /** The plan's scope: these areas only (none chosen: all of them). */
  planAreas: z.array(z.enum(AREAS)),
  /** The plan's scope: questions for these role tracks only (none chosen: every question). */
  planRoles: z.array(z.enum(ROLES)),
  /** The day the learner started the 90-day backend-to-ML track (YYYY-MM-DD), or null. */
  trackStart: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  newPerDay: 10,
  reviewsPerDay: 100,
  retention: 0.9,
  rolloverHour: 4,
  theme: 'system',
  interviewDate: null,
  dailyMinutes: 60,
  planAreas: [],
  planRoles: [],
  trackStart: null,
};

/** The interview as a time: 9 am local on its day. */
export function interviewTime(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d, 9).getTime();
}
