import type { QuestionMeta } from '../bank/schema';
import type { Area } from '../bank/vocabulary';
import type { Settings } from '../settings';
import { nextDayStart } from './day';
import type { Card } from './memory';

export interface QueueItem {
  questionId: string;
  area: Area;
  kind: 'review' | 'new';
}

/** What the learner already did today, counted against the daily limits. */
export interface DoneToday {
  reviews: number;
  news: number;
}

export interface QueueInput {
  questions: readonly Pick<QuestionMeta, 'id' | 'area' | 'difficulty'>[];
  cards: ReadonlyMap<string, Card>;
  settings: Pick<Settings, 'newPerDay' | 'reviewsPerDay' | 'rolloverHour'>;
  done: DoneToday;
  now: number;
  /** Areas whose new questions come twice as often (the 90-day track's current phase). */
  focus?: readonly Area[];
}

/**
 * Today's queue: due reviews first, most overdue first, then new questions up to the daily
 * limit, easiest first and round-robin over areas; then interleaved so that no area comes more
 * than twice in a row while another is available.
 */
export function todayQueue({ questions, cards, settings, done, now, focus = [] }: QueueInput): QueueItem[] {
  const endOfDay = nextDayStart(now, settings.rolloverHour);
  const reviews: { item: QueueItem; due: number }[] = [];
  const fresh: (QueueItem & { difficulty: number })[] = [];
  for (const question of questions) {
    const card = cards.get(question.id);
    if (card?.suspended) continue;
    if (card?.memory) {
      if (card.memory.due < endOfDay) reviews.push({ item: { questionId: question.id, area: question.area, kind: 'review' }, due: card.memory.due });
    } else {
      fresh.push({ questionId: question.id, area: question.area, kind: 'new', difficulty: question.difficulty });
    }
  }
  reviews.sort((a, b) => a.due - b.due || a.item.questionId.localeCompare(b.item.questionId));
  const reviewItems = reviews.slice(0, Math.max(0, settings.reviewsPerDay - done.reviews)).map((r) => r.item);
  const newItems = roundRobinByArea(fresh, focus).slice(0, Math.max(0, settings.newPerDay - done.news));
  return interleave([...reviewItems, ...newItems]);
}

/** Easiest first within each area; each round takes one from every area, two from focus areas. */
function roundRobinByArea(items: (QueueItem & { difficulty: number })[], focus: readonly Area[]): QueueItem[] {
  const byArea = new Map<Area, QueueItem[]>();
  const sorted = [...items].sort((a, b) => a.difficulty - b.difficulty);
  for (const { difficulty: _, ...item } of sorted) {
    const lane = byArea.get(item.area);
    if (lane) lane.push(item);
    else byArea.set(item.area, [item]);
  }
  const lanes = [...byArea].sort(([a], [b]) => Number(focus.includes(b)) - Number(focus.includes(a)));
  const out: QueueItem[] = [];
  while (out.length < items.length) {
    for (const [area, lane] of lanes) out.push(...lane.splice(0, focus.includes(area) ? 2 : 1));
  }
  return out;
}

/** Keeps the given priority order except where it would put one area three times in a row. */
export function interleave(items: readonly QueueItem[]): QueueItem[] {
  const rest = [...items];
  const out: QueueItem[] = [];
  while (rest.length > 0) {
    const n = out.length;
    const blocked = n >= 2 && out[n - 1].area === out[n - 2].area ? out[n - 1].area : null;
    const pick = blocked === null ? 0 : rest.findIndex((item) => item.area !== blocked);
    out.push(rest.splice(pick === -1 ? 0 : pick, 1)[0]);
  }
  return out;
}

export interface AreaCounts {
  due: number;
  new: number;
}

/** Due and new questions in today's queue, per area. */
export function countByArea(queue: readonly QueueItem[]): Map<Area, AreaCounts> {
  const counts = new Map<Area, AreaCounts>();
  for (const item of queue) {
    const entry = counts.get(item.area) ?? { due: 0, new: 0 };
    if (item.kind === 'review') entry.due++;
    else entry.new++;
    counts.set(item.area, entry);
  }
  return counts;
}
