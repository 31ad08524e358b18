// Predicted recall from the FSRS memory state: the forgetting curve and the stability a review
// would give. Uses the same (default FSRS-6) parameters and whole-day rule as fsrs.ts, so the
// predictions agree with the intervals `rate` hands out.
import { dateDiffInDays, default_w, forgetting_curve, fsrs } from 'ts-fsrs';
import type { Memory, Rating } from './memory';

const DAY = 86_400_000;

// Parameters as in fsrs.ts (defaults, no short-term steps); retention and fuzz do not affect
// stability, so one instance serves every retention.
const algorithm = fsrs({ enable_short_term: false });

/** FSRS-6 probability of recall `days` after a review that left stability `stability`. */
export function forgettingCurve(days: number, stability: number): number {
  return forgetting_curve(default_w, Math.max(0, days), stability);
}

/**
 * How fast a learner forgets compared with FSRS's default curve, as time scales: with scale k
 * their recall t days after a review is FSRS's recall after k·t days. One scale per number of
 * answers the question has had (1, 2, 3, 4 or more): FSRS's fixed rules for how stability grows
 * can suit a learner's first reviews and not their later ones. calibration.ts fits it.
 */
export type Forgetting = readonly number[];

/** FSRS's default curve as it is. */
export const FSRS_FORGETTING: Forgetting = [1, 1, 1, 1];

/** The time scale for a question answered `answers` times. */
export function timeScaleFor(forgetting: Forgetting, answers: number): number {
  return forgetting[Math.min(Math.max(answers, 1), forgetting.length) - 1];
}

/**
 * Predicted probability of recalling the question at `at` (epoch ms) if it is not reviewed
 * again before then, for a learner who forgets as `forgetting` says; 0 for a question never answered.
 */
export function recallAt(memory: Memory | null, at: number, forgetting = FSRS_FORGETTING): number {
  if (!memory || memory.lastReview === null) return 0;
  return forgettingCurve(((at - memory.lastReview) / DAY) * timeScaleFor(forgetting, memory.reps), memory.stability);
}

/** The stability `rate(memory, id, rating, now, …)` would give, without the interval (no fuzz). */
export function stabilityAfter(memory: Memory | null, rating: Rating, now: number): number {
  if (!memory || memory.lastReview === null) return algorithm.next_state(null, 0, rating).stability;
  const elapsed = Math.max(0, dateDiffInDays(new Date(memory.lastReview), new Date(now)));
  return algorithm.next_state({ difficulty: memory.difficulty, stability: memory.stability }, elapsed, rating).stability;
}

/**
 * The desired retention to give FSRS so that a learner whose forgetting runs `timeScale` times
 * as fast as FSRS assumes recalls `target` when a question falls due (intervals shrink by that factor).
 */
export function retentionForTimeScale(target: number, timeScale: number): number {
  const decay = -default_w[20];
  return Math.pow(1 + (Math.pow(target, 1 / decay) - 1) / timeScale, decay);
}
