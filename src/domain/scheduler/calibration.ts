// How well FSRS's default forgetting curve fits this learner, measured on their own reviews.
//
// Deadline mode plans with predicted recall, so a learner who forgets faster (or slower) than
// FSRS-6's default parameters assume would get a plan that is too thin (or too heavy). A time
// scale k corrects the prediction: the learner's recall t days after a review is FSRS's recall
// after k·t days. It is the maximum-likelihood k over the learner's reviews, pulled towards 1
// (no correction) by a prior, so a short history changes little. One k per number of earlier
// answers (recall.ts's `Forgetting`), each pulled towards the k over all reviews: where FSRS's
// stability grows faster or slower than the learner's memory, the error differs by review.
import type { AnswerSeconds } from './deadline';
import type { Memory, Rating } from './memory';
import { FSRS_FORGETTING, forgettingCurve, type Forgetting } from './recall';

const DAY = 86_400_000;

/** One review as the calibration needs it: the memory before it, the wait, and the outcome. */
export interface ReviewOutcome {
  /** Days since the previous review. */
  elapsedDays: number;
  /** FSRS stability before the review. */
  stability: number;
  /** Not rated Again. */
  recalled: boolean;
  /** Answers the question had before this one. */
  answers: number;
}

/** Standard deviation of the prior on ln k: about a factor 1.5 either way before any evidence. */
const PRIOR_SD = 0.4;
const LN_K_MIN = Math.log(0.25);
const LN_K_MAX = Math.log(8);

/** The learner's forgetting: a time scale per number of earlier answers (see recall.ts). */
export function fitForgetting(reviews: readonly ReviewOutcome[]): Forgetting {
  const overall = fitTimeScale(reviews);
  const last = FSRS_FORGETTING.length;
  return FSRS_FORGETTING.map((_, i) =>
    fitTimeScale(
      reviews.filter((r) => Math.min(r.answers, last) === i + 1),
      overall,
    ),
  );
}

/**
 * The learner's time scale k over `reviews` (1 = FSRS's default curve fits; 2 = they forget as
 * fast as in twice the time), pulled towards `prior` when the reviews are few.
 */
export function fitTimeScale(reviews: readonly ReviewOutcome[], prior = 1): number {
  const usable = reviews.filter((r) => r.elapsedDays > 0 && r.stability > 0);
  if (usable.length === 0) return prior;
  const center = Math.log(prior);
  const score = (lnK: number) => {
    const k = Math.exp(lnK);
    let sum = -((lnK - center) ** 2) / (2 * PRIOR_SD * PRIOR_SD);
    for (const r of usable) {
      const p = Math.min(1 - 1e-9, Math.max(1e-9, forgettingCurve(r.elapsedDays * k, r.stability)));
      sum += Math.log(r.recalled ? p : 1 - p);
    }
    return sum;
  };
  // The log-likelihood is unimodal in ln k: golden-section search.
  const g = (Math.sqrt(5) - 1) / 2;
  let a = LN_K_MIN;
  let b = LN_K_MAX;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = score(c);
  let fd = score(d);
  while (b - a > 1e-4) {
    if (fc > fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = score(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = score(d);
    }
  }
  return Math.exp((a + b) / 2);
}

/** What the calibration reads from an attempt (structurally `Attempt` from domain/practice). */
export interface AnsweredAttempt {
  at: number;
  rating: Rating;
  durationMs: number;
  /** The memory before the rating; null for a first answer. */
  before: Memory | null;
}

/** The reviews among the attempts (first answers tell nothing about forgetting). */
export function reviewOutcomes(attempts: readonly AnsweredAttempt[]): ReviewOutcome[] {
  return attempts.flatMap((a) =>
    a.before?.lastReview == null
      ? []
      : [{ elapsedDays: (a.at - a.before.lastReview) / DAY, stability: a.before.stability, recalled: a.rating > 1, answers: a.before.reps }],
  );
}

/**
 * The learner's own answer times, per rating and for first answers, where there are at least
 * `minimum` attempts of the kind; `fallback` elsewhere. Medians: a question left open over lunch
 * should not make every answer look long.
 */
export function answerSecondsFrom(attempts: readonly AnsweredAttempt[], fallback: AnswerSeconds, minimum = 10): AnswerSeconds {
  const median = (list: readonly AnsweredAttempt[], otherwise: number) => {
    if (list.length < minimum) return otherwise;
    const sorted = list.map((a) => a.durationMs / 1000).sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  const reviews = attempts.filter((a) => a.before !== null);
  return {
    new: median(attempts.filter((a) => a.before === null), fallback.new),
    1: median(reviews.filter((a) => a.rating === 1), fallback[1]),
    2: median(reviews.filter((a) => a.rating === 2), fallback[2]),
    3: median(reviews.filter((a) => a.rating === 3), fallback[3]),
    4: median(reviews.filter((a) => a.rating === 4), fallback[4]),
  };
}
