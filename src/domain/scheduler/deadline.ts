// Deadline mode: schedule for recall on the interview day, within a daily time budget.
//
// Two phases. While learning (until `windowDays` learning days before the interview) Bridge is
// plain FSRS with a lower desired retention, so reviews come less often, new questions arrive at
// the rate the plan needs, and the day's queue is cut to the time budget. In the review window
// the FSRS due dates no longer decide: each day takes the questions whose predicted recall on
// the interview day gains most per second of review, until the budget is spent, so the last
// review of each question lands close to the date and the last days go to the weakest ones.
// (Unseen questions compete there too, and usually win: a first answer adds most.) Without a
// date, and from the interview day on, everything is plain FSRS.
//
// Predictions use FSRS-6's default forgetting curve, stretched by the learner's time scales
// (calibration.ts) when the app passes them: a learner who forgets faster than FSRS assumes gets
// a higher retention before the window and more weight on fading questions inside it.
//
// scripts/bench-scheduler.ts measures all this on simulated learners against plain FSRS, SM-2,
// Leitner, fixed intervals and random practice; DEADLINE_TUNING was chosen there.
import type { QuestionMeta } from '../bank/schema';
import type { Area } from '../bank/vocabulary';
import { dayKey, daysBetweenKeys, dayStart } from './day';
import type { Card, Memory, Rating } from './memory';
import { interleave, todayQueue, type QueueInput, type QueueItem } from './queue';
import { FSRS_FORGETTING, forgettingCurve, recallAt, retentionForTimeScale, stabilityAfter, timeScaleFor, type Forgetting } from './recall';

const DAY = 86_400_000;

/** Expected seconds for a first answer (`new`) and for a review per rating. */
export type AnswerSeconds = { new: number } & Record<Rating, number>;

/** Long-form interview answers: a few minutes each (the app can replace these with the learner's own means). */
export const DEFAULT_ANSWER_SECONDS: AnswerSeconds = { new: 240, 1: 180, 2: 150, 3: 120, 4: 90 };

export interface DeadlineTuning {
  /** Desired retention before the window (capped by the learner's own retention). */
  earlyRetention: number;
  /** Learning days before the interview in which reviews are chosen for recall on the day. */
  windowDays: number;
  /** In the window, a review must add at least this much predicted recall on the day per minute. */
  minGainPerMinute: number;
}

export const DEADLINE_TUNING: DeadlineTuning = { earlyRetention: 0.85, windowDays: 14, minGainPerMinute: 0.002 };

/** New questions alone may take at most this share of the daily budget; the rest is for reviews. */
const NEW_SHARE_OF_BUDGET = 0.5;

export interface Deadline {
  /** When the interview starts (epoch ms). */
  interviewAt: number;
  /** Daily time budget in minutes. */
  dailyMinutes: number;
  /** The learner's forgetting from `fitForgetting` (none: FSRS's default curve). */
  forgetting?: Forgetting;
  /** The learner's own answer times (none: DEFAULT_ANSWER_SECONDS). */
  answerSeconds?: AnswerSeconds;
}

/** Learning days from today's up to the interview's: today counts, the interview day does not. */
export function daysUntil(interviewAt: number, now: number, rolloverHour: number): number {
  return daysBetweenKeys(dayKey(now, rolloverHour), dayKey(interviewAt, rolloverHour));
}

export type DeadlinePhase = 'learn' | 'window' | 'past';

export interface PlanInput {
  interviewAt: number;
  now: number;
  rolloverHour: number;
  dailyMinutes: number;
  /** Questions the plan covers: the whole bank or the chosen areas and tracks, suspended left out. */
  scopeSize: number;
  /** Of those, how many have been answered at least once (today's first answers included). */
  introduced: number;
  /** How many of them were answered for the first time today (so the plan holds all day). */
  newToday: number;
  answerSeconds?: AnswerSeconds;
  tuning?: DeadlineTuning;
}

export interface DeadlinePlan {
  phase: DeadlinePhase;
  /** Learning days left before the interview, today included. */
  daysLeft: number;
  /** Learning days from today until the review window starts (0 inside it). */
  windowStartsIn: number;
  /** Days over which the questions not yet seen are spread. */
  learnDays: number;
  /** Questions in scope not yet seen at the start of today. */
  remaining: number;
  /** New questions a day needed to have seen every question before the review window starts. */
  newPerDay: number;
  /** Minutes a day those new questions take. */
  newMinutesPerDay: number;
  /** Whether the new questions leave at least half the daily budget for reviews. */
  fitsBudget: boolean;
}

/**
 * The plan arithmetic: days left, and the new questions a day needed to meet the whole scope
 * before the review window (or, inside the window, before the interview).
 */
export function deadlinePlan(input: PlanInput): DeadlinePlan {
  const tuning = input.tuning ?? DEADLINE_TUNING;
  const seconds = input.answerSeconds ?? DEFAULT_ANSWER_SECONDS;
  const daysLeft = Math.max(0, daysUntil(input.interviewAt, input.now, input.rolloverHour));
  const phase: DeadlinePhase = daysLeft === 0 ? 'past' : daysLeft <= tuning.windowDays ? 'window' : 'learn';
  const learnDays = phase === 'learn' ? daysLeft - tuning.windowDays : daysLeft;
  const remaining = Math.max(0, input.scopeSize - input.introduced + input.newToday);
  const newPerDay = learnDays === 0 ? 0 : Math.ceil(remaining / learnDays);
  const newMinutesPerDay = (newPerDay * seconds.new) / 60;
  return {
    phase,
    daysLeft,
    windowStartsIn: Math.max(0, daysLeft - tuning.windowDays),
    learnDays,
    remaining,
    newPerDay,
    newMinutesPerDay,
    fitsBudget: newMinutesPerDay <= input.dailyMinutes * NEW_SHARE_OF_BUDGET,
  };
}

/** Bounds of the retention passed to `rate` (those of the settings). */
const MIN_RETENTION = 0.7;
const MAX_RETENTION = 0.97;

/**
 * The desired retention to pass to `rate` today for a question whose memory before the rating is
 * `before`: while learning, the one at which the learner (with the time scale the question will
 * have after this answer) recalls `earlyRetention` of their reviews; the learner's own otherwise.
 */
export function deadlineRetention(
  deadline: Deadline | null,
  now: number,
  rolloverHour: number,
  retention: number,
  before: Memory | null,
  tuning: DeadlineTuning = DEADLINE_TUNING,
): number {
  if (!deadline) return retention;
  const daysLeft = daysUntil(deadline.interviewAt, now, rolloverHour);
  if (daysLeft <= tuning.windowDays) return retention;
  const answers = (before?.reps ?? 0) + 1;
  const early = retentionForTimeScale(Math.min(retention, tuning.earlyRetention), timeScaleFor(deadline.forgetting ?? FSRS_FORGETTING, answers));
  return Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, early));
}

export interface DeadlineQueueInput extends QueueInput {
  deadline: Deadline | null;
  /** Seconds already practised today, counted against the budget. */
  spentSeconds: number;
  tuning?: DeadlineTuning;
}

/** One candidate of the review window: what a review today adds to recall on the day, and costs. */
export interface WindowCandidate {
  item: QueueItem;
  /** Predicted recall on the interview day without further review. */
  recallOnDay: number;
  /** Expected gain in recall on the day from one review today. */
  gain: number;
  /** Expected seconds of that review. */
  seconds: number;
}

/**
 * Today's queue in deadline mode. With no deadline, or on and after the interview day, it is
 * exactly `todayQueue`. Questions outside the plan should be left out of `questions`.
 */
export function deadlineQueue(input: DeadlineQueueInput): QueueItem[] {
  const { deadline, now, settings } = input;
  if (!deadline) return todayQueue(input);
  const tuning = input.tuning ?? DEADLINE_TUNING;
  const seconds = deadline.answerSeconds ?? DEFAULT_ANSWER_SECONDS;
  const budget = Math.max(0, deadline.dailyMinutes * 60 - input.spentSeconds);
  const forgetting = deadline.forgetting ?? FSRS_FORGETTING;
  const inScope = input.questions.filter((q) => !input.cards.get(q.id)?.suspended);
  const plan = deadlinePlan({
    interviewAt: deadline.interviewAt,
    now,
    rolloverHour: settings.rolloverHour,
    dailyMinutes: deadline.dailyMinutes,
    scopeSize: inScope.length,
    introduced: inScope.filter((q) => input.cards.get(q.id)?.memory).length,
    newToday: input.done.news,
    answerSeconds: seconds,
    tuning,
  });
  if (plan.phase === 'past') return todayQueue(input);

  if (plan.phase === 'learn') {
    // Plain FSRS (at the lower retention the cards were rated with), new questions at the plan's
    // rate, cut to the part that fits the time left today.
    const queue = todayQueue({ ...input, settings: { ...settings, newPerDay: plan.newPerDay } });
    const out: QueueItem[] = [];
    let used = 0;
    for (const item of queue) {
      const cost = expectedSeconds(input.cards.get(item.questionId) ?? null, now, seconds, forgetting);
      if (used + cost > budget) break;
      used += cost;
      out.push(item);
    }
    return out;
  }

  // The review window: best gain in recall on the day per second first, until the budget is spent.
  const chosen: QueueItem[] = [];
  let used = 0;
  let reviews = 0;
  const reviewRoom = Math.max(0, settings.reviewsPerDay - input.done.reviews);
  const minRate = tuning.minGainPerMinute / 60;
  for (const candidate of windowCandidates(input.questions, input.cards, now, deadline.interviewAt, settings.rolloverHour, seconds, forgetting)) {
    if (candidate.gain / candidate.seconds < minRate) break;
    if (used + candidate.seconds > budget) continue;
    if (candidate.item.kind === 'review' && reviews >= reviewRoom) continue;
    used += candidate.seconds;
    if (candidate.item.kind === 'review') reviews++;
    chosen.push(candidate.item);
  }
  return interleave(chosen);
}

/**
 * Every question that a review today could help on the interview day, best gain per second
 * first. Questions already answered today, and suspended ones, are left out.
 */
export function windowCandidates(
  questions: readonly Pick<QuestionMeta, 'id' | 'area'>[],
  cards: ReadonlyMap<string, Card>,
  now: number,
  interviewAt: number,
  rolloverHour: number,
  seconds: AnswerSeconds = DEFAULT_ANSWER_SECONDS,
  forgetting = FSRS_FORGETTING,
): WindowCandidate[] {
  const today = dayStart(now, rolloverHour);
  const days = Math.max(0, (interviewAt - now) / DAY);
  const out: WindowCandidate[] = [];
  for (const question of questions) {
    const card = cards.get(question.id);
    if (card?.suspended) continue;
    const memory = card?.memory ?? null;
    if (!memory || memory.lastReview === null) {
      const gain = forgettingCurve(days * timeScaleFor(forgetting, 1), stabilityAfter(null, 3, now));
      out.push({ item: { questionId: question.id, area: question.area, kind: 'new' }, recallOnDay: 0, gain, seconds: seconds.new });
      continue;
    }
    if (memory.lastReview >= today) continue;
    const recallNow = recallAt(memory, now, forgetting);
    const recallOnDay = recallAt(memory, interviewAt, forgetting);
    // After a review today the question has one answer more, and its own time scale.
    const daysToGo = days * timeScaleFor(forgetting, memory.reps + 1);
    const after =
      recallNow * forgettingCurve(daysToGo, stabilityAfter(memory, 3, now)) +
      (1 - recallNow) * forgettingCurve(daysToGo, stabilityAfter(memory, 1, now));
    out.push({
      item: { questionId: question.id, area: question.area, kind: 'review' },
      recallOnDay,
      gain: after - recallOnDay,
      seconds: recallNow * seconds[3] + (1 - recallNow) * seconds[1],
    });
  }
  return out.sort((a, b) => b.gain / b.seconds - a.gain / a.seconds || a.item.questionId.localeCompare(b.item.questionId));
}

/** Expected seconds to answer a question now: a first answer, or a review weighted by recall. */
export function expectedSeconds(card: Card | null, now: number, seconds: AnswerSeconds = DEFAULT_ANSWER_SECONDS, forgetting = FSRS_FORGETTING): number {
  if (!card?.memory) return seconds.new;
  const p = recallAt(card.memory, now, forgetting);
  return p * seconds[3] + (1 - p) * seconds[1];
}

export interface AreaRecall {
  /** Mean predicted recall on the day over the area's questions in scope (unseen count as 0). */
  mean: number;
  questions: number;
  seen: number;
}

/** Predicted recall on the interview day per area, from each question's memory state. */
export function recallOnDayByArea(
  questions: readonly Pick<QuestionMeta, 'id' | 'area'>[],
  cards: ReadonlyMap<string, Card>,
  interviewAt: number,
  forgetting = FSRS_FORGETTING,
): Map<Area, AreaRecall> {
  const sums = new Map<Area, { sum: number; questions: number; seen: number }>();
  for (const question of questions) {
    const card = cards.get(question.id);
    if (card?.suspended) continue;
    const entry = sums.get(question.area) ?? { sum: 0, questions: 0, seen: 0 };
    entry.questions++;
    if (card?.memory) {
      entry.seen++;
      entry.sum += recallAt(card.memory, interviewAt, forgetting);
    }
    sums.set(question.area, entry);
  }
  return new Map([...sums].map(([area, e]) => [area, { mean: e.sum / e.questions, questions: e.questions, seen: e.seen }]));
}
