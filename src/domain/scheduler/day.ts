// The learner's day starts at the rollover hour (default 4 am) in their local time zone, so a
// late-night session still counts for the day it belongs to.

/** Start of the learning day that contains `now`, in epoch ms. */
export function dayStart(now: number, rolloverHour: number): number {
  const date = new Date(now);
  if (date.getHours() < rolloverHour) date.setDate(date.getDate() - 1);
  date.setHours(rolloverHour, 0, 0, 0);
  return date.getTime();
}

/** Start of the next learning day: anything due before it is due today. */
export function nextDayStart(now: number, rolloverHour: number): number {
  const date = new Date(dayStart(now, rolloverHour));
  date.setDate(date.getDate() + 1);
  return date.getTime();
}

/** The local calendar date of `at` as `YYYY-MM-DD`. */
export function calendarKey(at: number): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The learning day as `YYYY-MM-DD` (the calendar date on which it started). */
export function dayKey(now: number, rolloverHour: number): string {
  return calendarKey(dayStart(now, rolloverHour));
}

/** Calendar days from one `YYYY-MM-DD` key to another (negative when `to` is earlier). */
export function daysBetweenKeys(from: string, to: string): number {
  const utc = (key: string) => {
    const [y, m, d] = key.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/**
 * Consecutive learning days with practice, ending today (or yesterday when today has none yet,
 * so the streak is not lost before the learner has had a chance to practise).
 */
export function dayStreak(practiceTimes: readonly number[], now: number, rolloverHour: number): number {
  const days = new Set(practiceTimes.map((t) => dayKey(t, rolloverHour)));
  let cursor = dayStart(now, rolloverHour);
  if (!days.has(dayKey(cursor, rolloverHour))) cursor = previousDay(cursor);
  let streak = 0;
  while (days.has(dayKey(cursor, rolloverHour))) {
    streak++;
    cursor = previousDay(cursor);
  }
  return streak;
}

function previousDay(start: number): number {
  const date = new Date(start);
  date.setDate(date.getDate() - 1);
  return date.getTime();
}
