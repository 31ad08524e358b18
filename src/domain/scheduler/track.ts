// The optional 90-day track for a backend-to-ML move: the first month weights data understanding
// and quality thinking, the second system design and coding, the third adds a mock every few days.
import type { Area } from '../bank/vocabulary';
import { dayKey, daysBetweenKeys } from './day';

export const TRACK_DAYS = 90;
export const MOCK_EVERY_DAYS = 4;

export interface TrackDay {
  /** 1 on the day the track started. */
  day: number;
  phase: 1 | 2 | 3;
  title: string;
  /** Areas whose new questions come first (twice as often as the others). */
  focus: Area[];
  /** Phase 3: no mock in the last MOCK_EVERY_DAYS learning days. */
  mockDue: boolean;
}

const PHASES = [
  { title: 'Data understanding and quality thinking', focus: ['data', 'quality'] },
  { title: 'System design and coding', focus: ['system-design', 'coding'] },
  { title: 'Everything, with a mock interview every few days', focus: [] },
] as const satisfies readonly { title: string; focus: readonly Area[] }[];

/** Where the learner is on the track today, or null before its start and after its 90 days. */
export function trackDay(trackStart: string, now: number, rolloverHour: number, lastMockAt: number | null): TrackDay | null {
  const today = dayKey(now, rolloverHour);
  const day = daysBetweenKeys(trackStart, today) + 1;
  if (day < 1 || day > TRACK_DAYS) return null;
  const phase = day <= 30 ? 1 : day <= 60 ? 2 : 3;
  const sinceMock = lastMockAt === null ? Infinity : daysBetweenKeys(dayKey(lastMockAt, rolloverHour), today);
  return { day, phase, ...PHASES[phase - 1], focus: [...PHASES[phase - 1].focus], mockDue: phase === 3 && sinceMock >= MOCK_EVERY_DAYS };
}
