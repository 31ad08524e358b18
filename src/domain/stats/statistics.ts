// The statistics a spaced-repetition learner expects, as pure functions over attempts and cards.
import type { QuestionMeta } from '../bank/schema';
import type { Area } from '../bank/vocabulary';
import type { Attempt } from '../practice/attempt';
import { dayKey, dayStart } from '../scheduler/day';
import type { Card } from '../scheduler/memory';

const DAY = 86_400_000;

/** Attempts per learning day, for the calendar heatmap. */
export function attemptsPerDay(attempts: readonly Attempt[], rolloverHour: number): Map<string, number> {
  const days = new Map<string, number>();
  for (const a of attempts) {
    const key = dayKey(a.at, rolloverHour);
    days.set(key, (days.get(key) ?? 0) + 1);
  }
  return days;
}

export interface Retention {
  passed: number;
  total: number;
  /** passed / total, or null without reviews. */
  rate: number | null;
}

/**
 * True retention as Anki users know it: the first review of each question on each day (never
 * its first answer), Again counting as a fail, over the last `days` days.
 */
export function trueRetention(attempts: readonly Attempt[], now: number, rolloverHour: number, days = 30): Retention {
  const since = dayStart(now, rolloverHour) - (days - 1) * DAY;
  const first = new Map<string, Attempt>();
  for (const a of attempts) {
    if (a.at < since || a.before === null) continue;
    const key = `${a.questionId}@${dayKey(a.at, rolloverHour)}`;
    const seen = first.get(key);
    if (!seen || a.at < seen.at) first.set(key, a);
  }
  const total = first.size;
  const passed = [...first.values()].filter((a) => a.rating > 1).length;
  return { passed, total, rate: total ? passed / total : null };
}

/** Reviews falling due on each of the next `days` days; overdue ones count on day 0. */
export function reviewForecast(cards: Iterable<Card>, now: number, rolloverHour: number, days = 30): number[] {
  const counts = new Array<number>(days).fill(0);
  const start = dayStart(now, rolloverHour);
  for (const card of cards) {
    if (!card.memory || card.suspended) continue;
    const day = Math.max(0, Math.floor((card.memory.due - start) / DAY));
    if (day < days) counts[day]++;
  }
  return counts;
}

/** Total answering time per area, in milliseconds. */
export function timePerArea(attempts: readonly Attempt[], questions: ReadonlyMap<string, QuestionMeta>): Map<Area, number> {
  const totals = new Map<Area, number>();
  for (const a of attempts) {
    const area = questions.get(a.questionId)?.area;
    if (area) totals.set(area, (totals.get(area) ?? 0) + a.durationMs);
  }
  return totals;
}
